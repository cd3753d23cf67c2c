using FdiReview.Domain.Clocks;

namespace FdiReview.Web.Review;

/// <summary>Statutory periods come from the <c>Clocks</c> configuration section ((U) items), defaults in <see cref="ClockRules"/>.</summary>
public static class ReviewSetup
{
    public static ClockRules Read(IConfiguration configuration) =>
        configuration.GetSection("Clocks").Get<ClockRules>() ?? ClockRules.Default;

    public static void AddReview(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(Read(builder.Configuration));
        builder.Services.AddSingleton<CaseRules>();
        builder.Services.AddSingleton<Mitigation.AgreementRules>();
        builder.Services.AddSingleton(Documents.DocumentRules.Read(builder.Configuration));
        builder.Services.AddScoped<Documents.DocumentIntake>();
    }
}

using FdiReview.Domain.Screening;

namespace FdiReview.Web.Screening;

/// <summary>The (U) thresholds and priority weights come from the <c>Screening</c> configuration section.</summary>
public static class ScreeningSetup
{
    public static ScreeningOptions Read(IConfiguration configuration) =>
        configuration.GetSection("Screening").Get<ScreeningOptions>() ?? ScreeningOptions.Default;

    public static void AddScreening(this WebApplicationBuilder builder) =>
        builder.Services.AddSingleton(Read(builder.Configuration));
}

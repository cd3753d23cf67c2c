namespace FdiReview.Web.Audit;

public static class AuditSetup
{
    /// <summary>The hash chain's sealer, its verification and the signed checkpoints outside the database.</summary>
    public static void AddAudit(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(AuditSettings.Read(builder.Configuration));
        builder.Services.AddSingleton<Checkpoints>();
        builder.Services.AddSingleton<ChainSealer>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ChainSealer>());
        builder.Services.AddSingleton<ChainVerification>();
        builder.Services.AddSingleton<AuditExport>();
    }
}

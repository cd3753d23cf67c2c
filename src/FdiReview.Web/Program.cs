using FdiReview.Web.Audit;
using FdiReview.Web.Components;
using FdiReview.Web.Identity;
using FdiReview.Web.Infrastructure;
using FdiReview.Web.Localization;
using FdiReview.Web.Localization.ChoosingALanguage;
using FdiReview.Web.Review;
using FdiReview.Web.Screening;
using FdiReview.Web.Seeding;
using JasperFx;
using MudBlazor.Services;
using Wolverine.Http;

// The screening and calendar commands need no host, database or sign-in settings.
if (ScreenCommand.Matches(args)) return ScreenCommand.Run(args);
if (HolidaysCommand.Matches(args)) return HolidaysCommand.Run(args);
if (DatabaseRoles.Matches(args)) return DatabaseRoles.Run(args);
if (AuditCommands.IsOfflineVerify(args)) return AuditCommands.VerifyPackage(args);

var builder = WebApplication.CreateBuilder(args);

builder.AddFdiEventStore();
builder.AddFdiSignIn();
builder.AddScreening();
builder.AddReview();
builder.AddAudit();
builder.Services.AddOpenApi();
builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context => ApiProblems.Sanitize(context.ProblemDetails));
builder.Services.AddExceptionHandler<ApiProblems>();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.AddDemoSeed();
builder.AddShiftedClock();
builder.AddLanguages();
builder.AddHardening();
builder.AddHealth();
builder.AddTelemetry();

var app = builder.Build();
// Chain verification and projection rebuilds use the configured store without starting the web host.
if (AuditCommands.Matches(args)) return await AuditCommands.Run(app.Services, args);

ApiProblems.UseApiProblems(app);
app.UseHardening();
app.UseRequestLocalization();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapOpenApi().AllowAnonymous();
app.MapHealth();
app.MapAccount();
app.MapLanguageSwitch();
if (app.Environment.IsDevelopment()) app.MapDevSignIn();
app.MapWolverineEndpoints(opts =>
{
    opts.RequireAuthorizeOnAll();
    opts.RejectUnparseableQueryValues = true;
    CommandPipeline.Apply(opts);
});
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

return await app.RunJasperFxCommands(args);

/// <summary>The entry point, visible to the test hosts.</summary>
public partial class Program;

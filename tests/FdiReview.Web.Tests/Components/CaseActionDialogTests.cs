using Bunit;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Screening;
using FdiReview.Web.Components.Shared;
using FdiReview.Web.Review;
using FdiReview.Web.Review.Accepting;
using FdiReview.Web.Review.RequestingInformation;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace FdiReview.Web.Tests.Components;

/// <summary>The one dialog for every case action builds the command the API takes, decided on the version it shows, and keeps what was typed when refused.</summary>
public class CaseActionDialogTests
{
    private static async Task<(BunitContext Context, IRenderedComponent<MudDialogProvider> Dialogs)> Open(CaseAction action, CaseView view, Func<object, Task<string?>> run)
    {
        var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.Services.AddLocalization();
        ctx.Services.AddSingleton(ScreeningOptions.Default);
        ctx.Services.AddSingleton(new FdiReview.Web.Documents.DocumentRules());
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        var dialogs = ctx.Render<MudDialogProvider>();
        var parameters = new DialogParameters<CaseActionDialog> { { d => d.Action, action }, { d => d.Case, view }, { d => d.Run, run } };
        await dialogs.InvokeAsync(() => ctx.Services.GetRequiredService<IDialogService>().ShowAsync<CaseActionDialog>("", parameters));
        return (ctx, dialogs);
    }

    private static CaseView Case() => CaseView.For(SampleCases.Filed(), 4, SampleCases.Officer, SampleCases.Monday);

    [Fact]
    public async Task Requesting_information_sends_the_questions_on_the_version_shown()
    {
        object? sent = null;
        var view = Case();
        var (ctx, dialogs) = await Open(CaseAction.RequestInformation, view, command => { sent = command; return Task.FromResult<string?>(null); });
        await using var _ = ctx;

        dialogs.Find("#action-text").Change("Identify the holders of the fund's general partner.");
        await dialogs.Find("[data-testid=action-submit]").ClickAsync(new());

        sent.ShouldBe(new RequestInformation(view.Id, "Identify the holders of the fund's general partner.", 4));
    }

    [Fact]
    public async Task A_refusal_is_shown_in_the_dialog_which_stays_open()
    {
        var view = Case();
        var (ctx, dialogs) = await Open(CaseAction.Accept, view, _ => Task.FromResult<string?>("The case changed since you loaded it. Reload it and decide again."));
        await using var _ = ctx;

        await dialogs.Find("[data-testid=action-submit]").ClickAsync(new());

        dialogs.Find("[data-testid=action-error]").TextContent.ShouldContain("Reload it and decide again");
        dialogs.FindAll("[data-testid=action-submit]").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Accepting_sends_the_acceptance_of_this_case()
    {
        object? sent = null;
        var view = Case();
        var (ctx, dialogs) = await Open(CaseAction.Accept, view, command => { sent = command; return Task.FromResult<string?>(null); });
        await using var _ = ctx;

        await dialogs.Find("[data-testid=action-submit]").ClickAsync(new());

        sent.ShouldBe(new AcceptNotification(view.Id, 4));
    }
}

using FdiReview.Domain;
using FdiReview.Web.Identity;
using FdiReview.Web.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Antiforgery;
using Wolverine;
using Wolverine.Http;
using Disallow = System.Text.Json.Serialization.JsonUnmappedMemberHandlingAttribute;

namespace FdiReview.Web.Localization.ChoosingALanguage;

/// <summary>A person chooses the language they work in, <c>en</c> or <c>ja</c>, and for Japanese whether dates read in
/// the era (令和). It follows them to every browser they sign in on.</summary>
[Disallow(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record ChooseLanguage(string? Language, bool Era = false);

public static class ChooseLanguageHandler
{
    public static void Before(ChooseLanguage command) =>
        InvalidInput.Require(command.Language is { } l && Languages.All.Contains(l), "language", "Choose en (English) or ja (日本語).");

    [WolverinePut("/api/me/language")]
    public static PersonalSettings Handle(ChooseLanguage command, Actor actor, IDocumentSession session)
    {
        var settings = new PersonalSettings { Id = actor.UserId, Language = command.Language!, Era = command.Era && command.Language == Languages.Japanese };
        session.Store(settings);
        return settings;
    }

    /// <summary>
    /// The switch in the header: a form post (with its antiforgery token) that sets the culture cookie, keeps the
    /// choice for a signed-in person, and reloads the page they were on — a Blazor circuit keeps the culture it began with.
    /// </summary>
    public static void MapLanguageSwitch(this WebApplication app) =>
        app.MapPost("/account/language", async (HttpContext context, IAntiforgery antiforgery, IMessageBus bus) =>
        {
            // No form field is bound for the framework to check the token: another site could otherwise switch it.
            if (!await antiforgery.IsRequestValidAsync(context))
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The form has expired",
                    detail: "Reload the page and choose the language again.");
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var language = form["language"].ToString();
            if (!Languages.All.Contains(language)) return Results.Redirect(DevSignIn.LocalPath(form["returnUrl"]) ?? "/");
            var era = form["era"].ToString() == "on";
            Languages.Remember(context, language, era);
            if (context.User.ToActor() is { } actor) await bus.SendAs(new ChooseLanguage(language, era), actor, context.RequestAborted);
            return Results.LocalRedirect(DevSignIn.LocalPath(form["returnUrl"]) ?? "/");
        }).AllowAnonymous();
}

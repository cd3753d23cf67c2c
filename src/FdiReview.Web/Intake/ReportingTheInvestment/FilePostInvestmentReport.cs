using FdiReview.Domain;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Priority;
using FdiReview.Web.Identity;
using FdiReview.Web.Infrastructure;
using FdiReview.Web.Review;
using Microsoft.AspNetCore.Authorization;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Disallow = System.Text.Json.Serialization.JsonUnmappedMemberHandlingAttribute;

namespace FdiReview.Web.Intake.ReportingTheInvestment;

/// <summary>FEFTA: the investor reports an exempted (or cleared) investment within the period after execution (J23).</summary>
[Disallow(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record FilePostInvestmentReport(Guid NotificationId, DateOnly? ExecutedOn, string? Report, int? ExpectedVersion = null) : ICaseCommand;

public static class FilePostInvestmentReportHandler
{
    public static void Before(FilePostInvestmentReport command, DecidedOn decidedOn, Notification notification, Actor actor)
    {
        CaseCommandChecks.Check(command, decidedOn, notification, actor, InvestorAction.ReportInvestment);
        InvalidInput.Require(command.ExecutedOn is not null, "executedOn", "Required: the day the investment was executed.");
        InvalidInput.RequireDate(command.ExecutedOn, "executedOn");
    }

    [WolverinePost("/api/notifications/{id}/post-investment-report"), Authorize(Policy = Policies.Investors)]
    public static (CaseChanged, Events, OutgoingMessages) Handle(FilePostInvestmentReport command, [Case] Notification notification,
        Actor actor, InvestorHistory history, CaseRules rules) =>
        rules.Decided(notification, history, notification.FilePostInvestmentReport(command.ExecutedOn!.Value, command.Report,
            rules.Screening.FeftaPostInvestmentReportDays, actor, rules.Now));
}

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

using FdiReview.Domain.Screening;

namespace FdiReview.Web.Intake.Withdrawing;

/// <param name="Refile">When given, a new notification with these facts is filed in the same step and linked to this one.</param>
[Disallow(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record WithdrawNotification(Guid NotificationId, string? Reason, RefileNotification? Refile, int? ExpectedVersion = null) : ICaseCommand;

[Disallow(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record RefileNotification(TransactionFacts? Facts, SubmissionKind? Kind, InvestmentValue? Value = null);

/// <summary>The case's new version, and the refiled notification's id when there is one.</summary>
public sealed record WithdrawalRecorded(int Version, Guid? RefiledAs);

/// <summary>The investor withdraws at any open stage; withdraw-and-refile files the new notification and links both ways (800.509).</summary>
public static class WithdrawNotificationHandler
{
    public static void Before(WithdrawNotification command, DecidedOn decidedOn, Notification notification, Actor actor)
    {
        CaseCommandChecks.Check(command, decidedOn, notification, actor, command.Refile is null ? InvestorAction.Withdraw : InvestorAction.Refile);
        if (command.Refile is { } refile)
        {
            InvalidInput.Require(refile.Facts is not null, "refile.facts", "Required: the facts of the refiled notification.");
            InvalidInput.RequireValid(refile.Facts, "refile.facts.");
            InvalidInput.RequireValid(refile.Value, "refile.value.");
        }
    }

    [WolverinePost("/api/notifications/{id}/withdrawal"), Authorize(Policy = Policies.Investors)]
    public static (WithdrawalRecorded, Events, OutgoingMessages, IMartenOp) Handle(WithdrawNotification command,
        [Case] Notification notification, Actor actor, InvestorHistory history, CaseRules rules)
    {
        Guid? refiledAs = command.Refile is null ? null : Guid.CreateVersion7();
        var (changed, events, deadlines) = rules.Decided(notification, history, notification.Withdraw(command.Reason, refiledAs, actor, rules.Now));
        if (refiledAs is not { } newId) return (new WithdrawalRecorded(changed.Version, null), events, deadlines, MartenOps.Nothing());

        // The refiled notification keeps the original's admin (only the admin refiles) and its other participants.
        IReadOnlyList<object> filed = [.. Notification.File(newId, command.Refile!.Facts!, actor, rules.Now, rules.Screening, rules.Clocks,
            command.Refile.Kind, notification.Id, command.Refile.Value ?? notification.Value),
            .. notification.Participants.Where(p => p.Role != ParticipantRole.Admin).Select(p => new ParticipantAdded(newId, p, actor, rules.Now))];
        var refiled = rules.Filed(filed, history);
        foreach (var deadline in Deadlines.For(newId, command.Refile.Facts!.Regime ?? Regime.Firrma, refiled)) deadlines.Add(deadline);
        return (new WithdrawalRecorded(changed.Version, newId), events, deadlines, MartenOps.StartStream<Notification>(newId, [.. refiled]));
    }
}

using FdiReview.Domain.Clocks;
using FdiReview.Domain.Mitigation;
using FdiReview.Web.Infrastructure;
using Marten;
using Wolverine;
using Wolverine.Attributes;
using Wolverine.Marten;

namespace FdiReview.Web.Mitigation;

/// <summary>An obligation's due date, as a durable scheduled message.</summary>
public sealed record ObligationDeadline(Guid AgreementId, Guid ObligationId) : IDeadline;
public sealed record RemediationDeadline(Guid AgreementId, Guid ViolationId, DateOnly Due) : IDeadline;

public static class AgreementDeadlines
{
    /// <summary>Obligations and remediation plans fall due at the end of their day in the regime's time zone.</summary>
    public static OutgoingMessages For(IEnumerable<object> events, IBusinessCalendar calendar)
    {
        var messages = new OutgoingMessages();
        foreach (var e in events)
            switch (e)
            {
                case ObligationScheduled scheduled:
                    messages.Schedule(new ObligationDeadline(scheduled.AgreementId, scheduled.ObligationId), calendar.EndOf(scheduled.Due));
                    break;
                case RemediationPlanSet plan:
                    messages.Schedule(new RemediationDeadline(plan.AgreementId, plan.ViolationId, plan.Due), calendar.EndOf(plan.Due));
                    break;
            }
        return messages;
    }
}

/// <summary>Obligation and remediation deadlines reached: the agreement decides whether anything is now overdue.</summary>
public static class ObligationDeadlineHandler
{
    [WolverineBefore]
    public static void Before(IDocumentSession session) => session.LastModifiedBy = "system:deadline";

    public static Events Handle(ObligationDeadline deadline, [Agreement] MitigationAgreement agreement, AgreementRules rules) =>
        [.. agreement.ObligationDeadlineReached(deadline.ObligationId, rules.Now)];
}

public static class RemediationDeadlineHandler
{
    [WolverineBefore]
    public static void Before(IDocumentSession session) => session.LastModifiedBy = "system:deadline";

    public static Events Handle(RemediationDeadline deadline, [Agreement] MitigationAgreement agreement, AgreementRules rules) =>
        [.. agreement.RemediationDeadlineReached(deadline.ViolationId, deadline.Due, rules.Now)];
}

using System.Text.Json.Serialization;

namespace FdiReview.Domain.Notifications;

/// <summary>Every step a user can take on a case; the console offers only those the aggregate would allow.</summary>
[JsonConverter(typeof(KebabCaseEnum<CaseAction>))]
public enum CaseAction
{
    Accept, ReturnIncomplete, Resubmit, TakeCase, Assign, RequestInformation, ProvideInformation,
    RequestConsultation, RecordConsultationAnswer, OpenInvestigation, ExtendInvestigation, ExtendReview,
    ShortenWaitingPeriod, ProposeDecision, ApproveDecision, ReturnProposal, AnswerRecommendation, Withdraw, CorrectFacts,
    FilePostInvestmentReport, RecordCouncilOpinion,
}

public sealed partial class Notification
{
    /// <summary>
    /// The actions this user may take now. Each is tried against the same decision the command runs, with
    /// placeholder input, so the console never offers what the aggregate would refuse.
    /// </summary>
    public IReadOnlyList<CaseAction> AllowedActions(Actor actor, DateTimeOffset now)
    {
        const string text = "(check)";
        var someone = new Actor("\u0000other", "another officer", Roles.Supervisor);
        var checks = new (CaseAction Action, Func<IReadOnlyList<object>> Try)[]
        {
            (CaseAction.Accept, () => Accept(actor, now)),
            (CaseAction.ReturnIncomplete, () => ReturnIncomplete([text], actor, now)),
            (CaseAction.Resubmit, () => Resubmit(text, actor, now)),
            (CaseAction.TakeCase, () => actor.Role == Roles.Officer ? Assign(actor, actor, null, now) : throw new DomainRefusal("")),
            (CaseAction.Assign, () => Assign(someone, actor, text, now)),
            (CaseAction.RequestInformation, () => RequestInformation(Guid.Empty, text, actor, now)),
            (CaseAction.ProvideInformation, () => InformationRequests.FirstOrDefault(r => r.Open) is { } open
                ? AnswerInformationRequest(open.Id, text, actor, now) : throw new DomainRefusal("")),
            (CaseAction.RequestConsultation, () => RequestConsultation(Guid.Empty, text, text, actor, now)),
            (CaseAction.RecordConsultationAnswer, () => Consultations.FirstOrDefault(c => c.Answer is null) is { } c
                ? RecordConsultationAnswer(c.Id, text, actor, now) : throw new DomainRefusal("")),
            (CaseAction.RecordCouncilOpinion, () => RecordCouncilOpinion(AcceptedOn ?? Clocks.BusinessDays.Today(Clocks.JapanCalendar.Instance, now), text, actor, now)),
            (CaseAction.OpenInvestigation, () => OpenInvestigation(text, actor, now)),
            (CaseAction.ExtendInvestigation, () => ExtendInvestigation(text, actor, now)),
            (CaseAction.ExtendReview, () => ExtendReview(text, actor, now)),
            (CaseAction.ShortenWaitingPeriod, () => Clock is { Phase: Clocks.ClockPhase.WaitingPeriod } clock && clock.Due > Clocks.BusinessDays.Today(Clocks.JapanCalendar.Instance, now)
                ? ShortenWaitingPeriod(Clocks.BusinessDays.Today(Clocks.JapanCalendar.Instance, now), text, actor, now) : throw new DomainRefusal("")),
            (CaseAction.ProposeDecision, () => PossibleDecisions() is [var first, ..]
                ? ProposeDecision(first, text, first is DecisionKind.ClearedWithMitigation ? [text] : [], actor, now, acknowledgeOpenItems: true) : throw new DomainRefusal("")),
            (CaseAction.ApproveDecision, () => ApproveDecision(Proposal?.Decision ?? default, Proposal?.Conditions, actor, now, acknowledgeOpenItems: true)),
            (CaseAction.ReturnProposal, () => Proposal?.ProposedBy.UserId != actor.UserId ? ReturnProposal(text, actor, now) : throw new DomainRefusal("")),
            (CaseAction.AnswerRecommendation, () => AnswerRecommendation(true, text, actor, now)),
            (CaseAction.Withdraw, () => Withdraw(text, null, actor, now)),
            (CaseAction.CorrectFacts, () => CorrectFacts(Facts, actor, text, now)),
            (CaseAction.FilePostInvestmentReport, () => FilePostInvestmentReport(Clocks.BusinessDays.Today(Clocks.JapanCalendar.Instance, now), text,
                Screening.ScreeningOptions.Default.FeftaPostInvestmentReportDays, actor, now)),
        };
        var allowed = new List<CaseAction>();
        foreach (var (action, attempt) in checks)
        {
            try
            {
                attempt();
                allowed.Add(action);
            }
            catch (DomainRefusal)
            {
            }
        }
        return allowed;
    }
}

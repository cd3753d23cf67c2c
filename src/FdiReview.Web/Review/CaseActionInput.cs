using FdiReview.Domain;
using FdiReview.Domain.Notifications;
using FdiReview.Web.Identity;

namespace FdiReview.Web.Review;

/// <summary>What a console dialog collected for one action.</summary>
public sealed record CaseActionInput
{
    public string? Text { get; init; }
    public string? Agency { get; init; }
    public IReadOnlyList<string> Lines { get; init; } = [];
    public DateOnly? Date { get; init; }
    public DecisionKind? Decision { get; init; }
    public string? OfficerId { get; init; }
    public Guid? ItemId { get; init; }
    public bool Accepted { get; init; }

    /// <summary>The aggregate decision an action runs, with the dialog's input: the console's counterpart of the endpoints.</summary>
    public Func<Notification, DateTimeOffset, IReadOnlyList<object>> DecideWith(CaseAction action, Actor actor, CaseCommands cases) => action switch
    {
        CaseAction.Accept => (n, now) => n.Accept(actor, now, cases.Clocks),
        CaseAction.ReturnIncomplete => (n, now) => n.ReturnIncomplete(Lines, actor, now),
        CaseAction.Resubmit => (n, now) => n.Resubmit(Text, actor, now, cases.Clocks),
        CaseAction.TakeCase => (n, now) => n.Assign(actor, actor, null, now),
        CaseAction.Assign => (n, now) => n.Assign(DemoUsers.Find(OfficerId) ?? Officers.Unknown(OfficerId ?? ""), actor, Text, now),
        CaseAction.RequestInformation => (n, now) => n.RequestInformation(Guid.CreateVersion7(), Text, actor, now, cases.Clocks),
        CaseAction.ProvideInformation => (n, now) => n.ProvideInformation(ItemId ?? Guid.Empty, Text, actor, now, cases.Clocks),
        CaseAction.RequestConsultation => (n, now) => n.RequestConsultation(Guid.CreateVersion7(), Agency, Text, actor, now),
        CaseAction.RecordConsultationAnswer => (n, now) => n.RecordConsultationAnswer(ItemId ?? Guid.Empty, Text, actor, now),
        CaseAction.OpenInvestigation => (n, now) => n.OpenInvestigation(Text, actor, now, cases.Clocks),
        CaseAction.ExtendInvestigation => (n, now) => n.ExtendInvestigation(Text, actor, now, cases.Clocks),
        CaseAction.ExtendReview => (n, now) => n.ExtendReview(Text, actor, now, cases.Clocks),
        CaseAction.ShortenWaitingPeriod => (n, now) => n.ShortenWaitingPeriod(Date ?? default, Text, actor, now),
        CaseAction.ProposeDecision => (n, now) => n.ProposeDecision(Decision ?? default, Text, Lines, actor, now),
        CaseAction.ApproveDecision => (n, now) => n.ApproveDecision(actor, now, cases.Clocks),
        CaseAction.ReturnProposal => (n, now) => n.ReturnProposal(Text, actor, now),
        CaseAction.AnswerRecommendation => (n, now) => n.AnswerRecommendation(Accepted, Text, actor, now),
        CaseAction.Withdraw => (n, now) => n.Withdraw(Text, null, actor, now),
        CaseAction.FilePostInvestmentReport => (n, now) => n.FilePostInvestmentReport(Date ?? default, Text, cases.Screening.FeftaPostInvestmentReportDays, actor, now),
        _ => throw new DomainRefusal("Corrections are made through the correction form."),
    };

    public static string Title(CaseAction action) => action switch
    {
        CaseAction.Accept => "Accept the notification",
        CaseAction.ReturnIncomplete => "Return as incomplete",
        CaseAction.Resubmit => "Resubmit",
        CaseAction.TakeCase => "Take the case",
        CaseAction.Assign => "Assign to an officer",
        CaseAction.RequestInformation => "Request information",
        CaseAction.ProvideInformation => "Answer an information request",
        CaseAction.RequestConsultation => "Consult a ministry or agency",
        CaseAction.RecordConsultationAnswer => "Record a consultation answer",
        CaseAction.OpenInvestigation => "Open an investigation",
        CaseAction.ExtendInvestigation => "Extend the investigation",
        CaseAction.ExtendReview => "Extend the review",
        CaseAction.ShortenWaitingPeriod => "Shorten the waiting period",
        CaseAction.ProposeDecision => "Propose a decision",
        CaseAction.ApproveDecision => "Approve the proposed decision",
        CaseAction.ReturnProposal => "Return the proposal",
        CaseAction.AnswerRecommendation => "Reply to the recommendation",
        CaseAction.Withdraw => "Withdraw the notification",
        CaseAction.FilePostInvestmentReport => "File the post-investment report",
        _ => "Correct the facts",
    };
}

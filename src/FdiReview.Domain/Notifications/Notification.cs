using FdiReview.Domain.Clocks;
using FdiReview.Domain.Screening;

namespace FdiReview.Domain.Notifications;

/// <summary>
/// The notification aggregate: its state is built only from its events (Marten calls the
/// <c>Create</c>/<c>Apply</c> methods); its decisions (the other partial files) return new events or
/// refuse with a <see cref="DomainRefusal"/> that says why.
/// </summary>
public sealed partial class Notification
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public NotificationStatus Status { get; set; }
    public SubmissionKind Kind { get; set; }
    public TransactionFacts Facts { get; set; } = new();
    /// <summary>The value of the investment as the investor stated it (none on filings made before it was asked).</summary>
    public InvestmentValue? Value { get; set; }
    public string Organization { get; set; } = "";
    public Actor FiledBy { get; set; } = new("", "", "");
    public DateTimeOffset FiledAt { get; set; }
    /// <summary>The latest screening of the current facts.</summary>
    public Determination? Determination { get; set; }
    public IReadOnlyList<string> MissingItems { get; set; } = [];
    public string? ReceiptNumber { get; set; }
    public DateOnly? AcceptedOn { get; set; }
    /// <summary>The statutory period running now, if any.</summary>
    public ReviewClock? Clock { get; set; }
    public bool InvestigationExtended { get; set; }
    public List<InformationRequest> InformationRequests { get; set; } = [];
    public List<Consultation> Consultations { get; set; } = [];
    /// <summary>FEFTA: the Council's opinion, which a recommendation needs first (N5).</summary>
    public CouncilOpinionRecorded? CouncilOpinion { get; set; }
    public Assignee? AssignedTo { get; set; }
    public ProposedDecision? Proposal { get; set; }
    /// <summary>The approved decision, once there is one.</summary>
    public DecisionRecord? Decided { get; set; }
    public NotificationStatus StatusBeforeProposal { get; set; }
    public string? Recommendation { get; set; }
    /// <summary>FEFTA: the investor did not accept the recommendation (or did not reply), so an order may follow.</summary>
    public bool RecommendationRefused { get; set; }
    public CaseOutcome? Outcome { get; set; }
    public IReadOnlyList<string> Conditions { get; set; } = [];
    public Guid? RefiledFrom { get; set; }
    /// <summary>The signed mitigation agreement a "cleared with mitigation" decision rests on.</summary>
    public Guid? AgreementInForce { get; set; }
    public int? AgreementVersionInForce { get; set; }
    /// <summary>The conditions of the agreement version in force, as signed.</summary>
    public IReadOnlyList<string> AgreementTerms { get; set; } = [];
    /// <summary>The agreement version a closed case's conditions quote.</summary>
    public int? ClosedOnAgreementVersion { get; set; }
    public Guid? RefiledAs { get; set; }

    public Regime Regime => Facts.Regime ?? Regime.Firrma;

    public static Notification Create(NotificationFiled filed) => new()
    {
        Id = filed.NotificationId,
        Status = NotificationStatus.Filed,
        Kind = filed.Kind,
        Facts = filed.Facts,
        Value = filed.Value,
        Organization = filed.Organization,
        FiledBy = filed.FiledBy,
        FiledAt = filed.FiledAt,
        RefiledFrom = filed.RefiledFrom,
        Participants = [new Participant(filed.FiledBy.UserId, filed.FiledBy.Name, ParticipantRole.Admin)],
    };

    public void Apply(ScreeningCompleted e) => Determination = e.Determination;
    public void Apply(NotificationFactsCorrected e) => Facts = e.Facts;

    public void Apply(NotificationReturnedIncomplete e)
    {
        Move(e);
        MissingItems = e.MissingItems;
        Clock = null;
    }

    public void Apply(NotificationResubmitted e)
    {
        Move(e);
        MissingItems = [];
    }

    public void Apply(NotificationAccepted e)
    {
        Move(e);
        ReceiptNumber = e.ReceiptNumber;
        AcceptedOn = ClockRules.CalendarFor(Regime).Today(e.At);
    }

    public void Apply(ClockPhaseStarted e) => Clock = e.Clock;
    public void Apply(ClockPhaseElapsed e) => Clock = Clock is null ? null : Clock with { Elapsed = true };
    public void Apply(WaitingPeriodElapsed e) => Clock = null;
    public void Apply(WaitingPeriodShortened e) => Clock = Clock! with { Due = e.NewDue };
    public void Apply(InvestigationOpened e) => Move(e);
    public void Apply(InvestigationExtended e) => InvestigationExtended = true;
    public void Apply(ReviewExtended e) => Move(e);

    public void Apply(InformationRequested e) =>
        InformationRequests.Add(new InformationRequest(e.RequestId, e.Questions, e.Due, ClockRules.CalendarFor(Regime).Today(e.At), e.By.Name));

    public void Apply(InformationProvided e) => ReplaceRequest(e.RequestId, r => r with { Response = e.Response, AnsweredBy = e.By.Name });
    public void Apply(InformationRequestOverdue e) => ReplaceRequest(e.RequestId, r => r with { Overdue = true });

    public void Apply(CouncilOpinionRecorded e) => CouncilOpinion = e;

    public void Apply(ConsultationRequested e) => Consultations.Add(new Consultation(e.ConsultationId, e.Agency, e.Question, null));
    public void Apply(ConsultationAnswered e)
    {
        var i = Consultations.FindIndex(c => c.Id == e.ConsultationId);
        Consultations[i] = Consultations[i] with { Answer = e.Answer };
    }

    public void Apply(MitigationAgreementInForce e)
    {
        AgreementInForce = e.AgreementId;
        AgreementVersionInForce = e.Version;
        AgreementTerms = e.Terms ?? [];
    }
    public void Apply(CaseAssigned e) => AssignedTo = new Assignee(e.OfficerId, e.OfficerName);

    public void Apply(DecisionProposed e)
    {
        Move(e);
        Proposal = new ProposedDecision(e.Decision, e.Reasons, e.Conditions, e.By, e.At);
    }

    public void Apply(DecisionProposalReturned e)
    {
        Move(e);
        Proposal = null;
    }

    public void Apply(DecisionApproved e)
    {
        Move(e);
        Conditions = Proposal?.Conditions ?? [];
        Decided = new DecisionRecord(e.Decision, Proposal?.Reasons ?? "", Conditions, e.ProposedBy, Proposal?.At, e.By, e.At, e.OpenItemsAcknowledged ?? []);
        Proposal = null;
    }

    public void Apply(RecommendationIssued e)
    {
        Move(e);
        Recommendation = e.Content;
    }

    public void Apply(RecommendationAnswered e)
    {
        RecommendationRefused = !e.Accepted;
        Move(e);
    }

    public void Apply(RecommendationUnanswered e)
    {
        RecommendationRefused = true;
        Move(e);
    }

    public void Apply(NotificationWithdrawn e)
    {
        Move(e);
        Outcome = CaseOutcome.Withdrawn;
        RefiledAs = e.RefiledAs;
        CloseOpenItems();
    }

    public void Apply(NotificationClosed e)
    {
        Move(e);
        Outcome = e.Outcome;
        Conditions = e.Conditions;
        ClosedOnAgreementVersion = e.AgreementVersion;
        CloseOpenItems();
    }

    /// <summary>An ended case leaves nothing running: its clock stops and unanswered requests close with it.</summary>
    private void CloseOpenItems()
    {
        Clock = null;
        for (var i = 0; i < InformationRequests.Count; i++)
            if (InformationRequests[i].Open) InformationRequests[i] = InformationRequests[i] with { ClosedWithCase = true };
    }

    private void Move(object e) => (Status, StatusBeforeProposal) = StatusFlow.After(Status, StatusBeforeProposal, e);

    private void ReplaceRequest(Guid id, Func<InformationRequest, InformationRequest> change)
    {
        var i = InformationRequests.FindIndex(r => r.Id == id);
        if (i >= 0) InformationRequests[i] = change(InformationRequests[i]);
    }

    private static void Require(bool condition, string reason)
    {
        if (!condition) throw new DomainRefusal(reason);
    }
}

public sealed record InformationRequest(Guid Id, string Questions, DateOnly Due, DateOnly RequestedOn, string RequestedBy,
    string? Response = null, string? AnsweredBy = null, bool Overdue = false, bool ClosedWithCase = false)
{
    public bool Open => Response is null && !ClosedWithCase;
}

public sealed record Consultation(Guid Id, string Agency, string Question, string? Answer);

public sealed record Assignee(string OfficerId, string Name);

public sealed record ProposedDecision(DecisionKind Decision, string Reasons, IReadOnlyList<string> Conditions, Actor ProposedBy,
    DateTimeOffset? At = null);

/// <summary>The decision that closed the case, as approved: what, why, on which conditions, proposed and approved by whom and when.</summary>
public sealed record DecisionRecord(DecisionKind Decision, string Reasons, IReadOnlyList<string> Conditions, Actor ProposedBy, DateTimeOffset? ProposedAt,
    Actor ApprovedBy, DateTimeOffset ApprovedAt, IReadOnlyList<string> OpenItemsAcknowledged);

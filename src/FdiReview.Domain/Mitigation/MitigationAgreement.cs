using System.Text.Json.Serialization;

namespace FdiReview.Domain.Mitigation;

[JsonConverter(typeof(KebabCaseEnum<AgreementStatus>))]
public enum AgreementStatus { Negotiating, InForce, Amending, Terminated }

/// <summary>Where an obligation stands; stored as before (<c>"due"</c>, <c>"overdue"</c>, …).</summary>
[JsonConverter(typeof(KebabCaseEnum<ObligationState>))]
public enum ObligationState { Due, Overdue, Submitted, Accepted, Returned }

/// <summary>Where a remediation plan stands.</summary>
[JsonConverter(typeof(KebabCaseEnum<RemediationState>))]
public enum RemediationState { Open, Overdue, Completed }

public sealed record Obligation(Guid Id, string ConditionKey, string Description, DateOnly Due, ObligationState State, string? Report = null, IReadOnlyList<Guid>? Documents = null)
{
    /// <summary>Still to be met: due, overdue, or returned for another submission.</summary>
    public bool Open => State is ObligationState.Due or ObligationState.Overdue or ObligationState.Returned;
}

public sealed record Violation(Guid Id, string ConditionKey, string Evidence, string Severity, decimal? ProposedPenalty = null,
    Actor? PenaltyProposedBy = null, decimal? Penalty = null, string? RemediationPlan = null, DateOnly? RemediationDue = null,
    RemediationState? RemediationState = null);

/// <summary>A signature on a version of the agreement: for which side, by whom, when.</summary>
public sealed record Signature(int Version, string Side, string Name, DateTimeOffset At);

/// <summary>
/// A mitigation agreement: its own event-sourced aggregate, linked to the notification. Versions are proposed
/// and countered by both sides; it comes into force when both sign the latest version; its conditions
/// become obligations with due dates; breaches are recorded and may lead to a penalty under four eyes
/// or to a remediation plan (fdi-rules U32–U35, US-23).
/// </summary>
public sealed class MitigationAgreement
{
    public const string AgencySide = "agency";
    public const string InvestorSide = "investor";

    public Guid Id { get; set; }
    /// <summary>The stream's version, set by Marten: what a command on the agreement says it was decided on.</summary>
    public int Version { get; set; }
    public Guid NotificationId { get; set; }
    public string Organization { get; set; } = "";
    public AgreementStatus Status { get; set; }
    public List<AgreementVersion> Versions { get; set; } = [];
    public int? InForceVersion { get; set; }
    /// <summary>The day the version in force took effect.</summary>
    public DateOnly? InForceFrom { get; set; }
    public Dictionary<string, int> SignedVersion { get; set; } = [];
    /// <summary>Every signature given, kept: the signature block of each version that came into force.</summary>
    public List<Signature> Signatures { get; set; } = [];
    public List<Obligation> Obligations { get; set; } = [];
    public List<Violation> Violations { get; set; } = [];

    public AgreementVersion Latest => Versions[^1];

    public static MitigationAgreement Create(AgreementDrafted e) => new()
    {
        Id = e.AgreementId, NotificationId = e.NotificationId, Organization = e.Organization,
        Status = AgreementStatus.Negotiating, Versions = [e.Version],
    };

    public void Apply(AgreementVersionProposed e)
    {
        Versions.Add(e.Version);
        SignedVersion.Clear();
        if (Status == AgreementStatus.InForce) Status = AgreementStatus.Amending;
    }

    public void Apply(AgreementSigned e)
    {
        SignedVersion[e.Side] = e.Version;
        Signatures.Add(new Signature(e.Version, e.Side, e.By.Name, e.At));
    }

    /// <summary>Who signed this version, for which side and when.</summary>
    public IReadOnlyList<Signature> SignaturesOf(int version) => [.. Signatures.Where(s => s.Version == version)];

    public void Apply(AgreementInForce e)
    {
        Status = AgreementStatus.InForce;
        InForceVersion = e.Version;
        InForceFrom = e.From;
        SignedVersion.Clear();
    }

    public void Apply(AgreementTerminated e) => Status = AgreementStatus.Terminated;
    public void Apply(ObligationScheduled e) => Obligations.Add(new Obligation(e.ObligationId, e.ConditionKey, e.Description, e.Due, ObligationState.Due));
    public void Apply(ObligationOverdue e) => Change(e.ObligationId, o => o with { State = ObligationState.Overdue });
    public void Apply(ComplianceSubmitted e) => Change(e.ObligationId, o => o with { State = ObligationState.Submitted, Report = e.Report, Documents = e.Documents ?? [] });
    public void Apply(ComplianceAccepted e) => Change(e.ObligationId, o => o with { State = ObligationState.Accepted });
    public void Apply(ComplianceReturned e) => Change(e.ObligationId, o => o with { State = ObligationState.Returned });
    public void Apply(ViolationRecorded e) => Violations.Add(new Violation(e.ViolationId, e.ConditionKey, e.Evidence, e.Severity));
    public void Apply(PenaltyProposed e) => ChangeViolation(e.ViolationId, v => v with { ProposedPenalty = e.Amount, PenaltyProposedBy = e.By });
    public void Apply(PenaltyApproved e) => ChangeViolation(e.ViolationId, v => v with { Penalty = e.Amount });
    public void Apply(RemediationPlanSet e) => ChangeViolation(e.ViolationId, v => v with { RemediationPlan = e.Plan, RemediationDue = e.Due, RemediationState = Mitigation.RemediationState.Open });
    public void Apply(RemediationOverdue e) => ChangeViolation(e.ViolationId, v => v with { RemediationState = Mitigation.RemediationState.Overdue });
    public void Apply(RemediationCompleted e) => ChangeViolation(e.ViolationId, v => v with { RemediationState = Mitigation.RemediationState.Completed });

    private void Change(Guid id, Func<Obligation, Obligation> change)
    {
        var i = Obligations.FindIndex(o => o.Id == id);
        if (i >= 0) Obligations[i] = change(Obligations[i]);
    }

    private void ChangeViolation(Guid id, Func<Violation, Violation> change)
    {
        var i = Violations.FindIndex(v => v.Id == id);
        if (i >= 0) Violations[i] = change(Violations[i]);
    }

    private static void Require(bool condition, string reason)
    {
        if (!condition) throw new DomainRefusal(reason);
    }

    private static void RequireOfficer(Actor actor) =>
        Require(actor.Role is Roles.Officer or Roles.Supervisor, "Only an officer or a supervisor may do this.");

    private string SideOf(Actor actor)
    {
        if (actor.Role is Roles.Officer or Roles.Supervisor) return AgencySide;
        Require(actor.Role == Roles.Investor && actor.Organization == Organization, "Only the agency and the investor are parties to the agreement.");
        return InvestorSide;
    }

    private static void RequireConditions(IReadOnlyList<Condition> conditions)
    {
        Require(conditions.Count > 0, "An agreement has at least one condition.");
        Require(conditions.Select(c => c.Key).Distinct().Count() == conditions.Count, "Each condition key appears once.");
        var problems = conditions.SelectMany(c => c.Problems()).ToList();
        Require(problems.Count == 0, string.Join(" ", problems));
    }

    /// <summary>An officer drafts the agreement for a notification cleared only on conditions.</summary>
    public static IReadOnlyList<object> Draft(Guid id, Guid notificationId, string organization, IReadOnlyList<Condition> conditions, Actor officer, DateTimeOffset now)
    {
        RequireOfficer(officer);
        RequireConditions(conditions);
        return [new AgreementDrafted(id, notificationId, organization, new AgreementVersion(1, conditions, AgencySide, officer, now), now)];
    }

    /// <summary>Either side proposes a new version (a counter-proposal, or an amendment of an agreement in force).</summary>
    public IReadOnlyList<object> Propose(IReadOnlyList<Condition> conditions, string? note, Actor actor, DateTimeOffset now)
    {
        Require(Status != AgreementStatus.Terminated, "The agreement has terminated.");
        var side = SideOf(actor);
        RequireConditions(conditions);
        Require(VersionComparison.Compare(Latest.Conditions, conditions).Count > 0, "The proposal is the same as the latest version.");
        return [new AgreementVersionProposed(Id, new AgreementVersion(Latest.Number + 1, conditions, side, actor, now), note, now)];
    }

    /// <summary>
    /// A side signs the latest version (never an outdated one). When both have signed it, it comes into
    /// force and its conditions become obligations.
    /// </summary>
    public IReadOnlyList<object> Sign(int version, Actor actor, DateTimeOffset now, DateOnly today)
    {
        Require(Status is AgreementStatus.Negotiating or AgreementStatus.Amending, "There is no version awaiting signature.");
        var side = SideOf(actor);
        Require(version == Latest.Number, $"Version {version} is outdated: sign the latest, version {Latest.Number}.");
        Require(!SignedVersion.TryGetValue(side, out var signed) || signed != version, $"The {side} has already signed version {version}.");
        var events = new List<object> { new AgreementSigned(Id, version, side, actor, now) };
        var other = side == AgencySide ? InvestorSide : AgencySide;
        if (SignedVersion.TryGetValue(other, out var theirs) && theirs == version)
        {
            events.Add(new AgreementInForce(Id, version, today, now));
            var open = Obligations.Where(o => o.Open).Select(o => o.ConditionKey).ToHashSet();
            events.AddRange(Schedule(Latest.Conditions.Where(c => !open.Contains(c.Key)), today, now));
        }
        return events;
    }

    /// <summary>Obligations from conditions that need action: periodic reports, audits by a date.</summary>
    private IEnumerable<object> Schedule(IEnumerable<Condition> conditions, DateOnly from, DateTimeOffset now)
    {
        foreach (var condition in conditions)
            switch (condition.Type)
            {
                case ConditionType.PeriodicComplianceReport:
                    yield return new ObligationScheduled(Id, Guid.CreateVersion7(), condition.Key,
                        $"{ObligationWords.ReportPrefix}{condition.Text})", from.AddMonths(condition.EveryMonths!.Value), now);
                    break;
                case ConditionType.ThirdPartyAudit:
                    yield return new ObligationScheduled(Id, Guid.CreateVersion7(), condition.Key,
                        $"Third-party audit ({condition.Text})", condition.DueBy!.Value, now);
                    break;
            }
    }

    /// <summary>
    /// A change of ownership that a notice condition covers, reported by the investor or learned of by the agency,
    /// starts a notice obligation due the condition's number of days before it; a change already inside that
    /// window makes the notice due at once, so it turns overdue at the end of today.
    /// </summary>
    public IReadOnlyList<object> RecordNoticeEvent(string conditionKey, string? description, DateOnly on, Actor actor, DateTimeOffset now, DateOnly today)
    {
        SideOf(actor);
        Require(InForceVersion is not null && Status != AgreementStatus.Terminated, "Only an agreement in force has notice obligations.");
        var condition = Versions.First(v => v.Number == InForceVersion).Conditions
            .FirstOrDefault(c => c.Key == conditionKey && c.Type == ConditionType.NoticeBeforeOwnershipChange);
        Require(condition is not null, "No notice condition in force has that key.");
        Require(!string.IsNullOrWhiteSpace(description), "Describe the change that needs notice.");
        Require(on != default, "Give the date of the change.");
        var due = on.AddDays(-condition!.NoticeDays!.Value);
        return [new ObligationScheduled(Id, Guid.CreateVersion7(), conditionKey,
            $"Notice of {description!.Trim()} (on {on:yyyy-MM-dd}; {condition.NoticeDays} days' notice)", due < today ? today : due, now)];
    }

    public IReadOnlyList<object> Terminate(string? reason, Actor officer, DateTimeOffset now)
    {
        RequireOfficer(officer);
        Require(Status != AgreementStatus.Terminated, "The agreement has already terminated.");
        Require(reason is "expiry" or "release" or "transaction-abandoned", "An agreement ends by expiry, release or because the transaction was abandoned.");
        return [new AgreementTerminated(Id, reason!, officer, now)];
    }

    /// <summary>The deadline of an obligation passed without an accepted submission.</summary>
    public IReadOnlyList<object> ObligationDeadlineReached(Guid obligationId, DateTimeOffset now) =>
        Obligations.FirstOrDefault(o => o.Id == obligationId) is { State: ObligationState.Due or ObligationState.Returned } o && Status != AgreementStatus.Terminated
            ? [new ObligationOverdue(Id, obligationId, o.Due, now)]
            : [];

    /// <summary>A report or certification, with supporting documents already attached to the notification.</summary>
    public IReadOnlyList<object> SubmitCompliance(Guid obligationId, string? report, Actor investor, DateTimeOffset now,
        IReadOnlyList<Guid>? documents = null, IReadOnlyCollection<Guid>? documentsOnFile = null)
    {
        documents ??= [];
        Require(documents.All(d => documentsOnFile?.Contains(d) == true), "Attach the supporting documents to the case first: an unknown document was named.");
        Require(SideOf(investor) == InvestorSide, "The investor submits compliance reports.");
        var obligation = Obligations.FirstOrDefault(o => o.Id == obligationId);
        Require(obligation is not null, "There is no such obligation.");
        Require(obligation!.Open, "This obligation is already submitted or accepted.");
        Require(!string.IsNullOrWhiteSpace(report), "Describe how the condition was kept.");
        return [new ComplianceSubmitted(Id, obligationId, report!.Trim(), investor, now, documents.Distinct().ToList())];
    }

    /// <summary>An officer accepts a submission (the next report of a periodic condition is scheduled) or returns it with a reason.</summary>
    public IReadOnlyList<object> Review(Guid obligationId, bool accept, string? reason, Actor officer, DateTimeOffset now)
    {
        RequireOfficer(officer);
        var obligation = Obligations.FirstOrDefault(o => o.Id == obligationId);
        Require(obligation is { State: ObligationState.Submitted }, "There is no submission awaiting review for this obligation.");
        if (!accept)
        {
            Require(!string.IsNullOrWhiteSpace(reason), "Say why the submission is returned.");
            return [new ComplianceReturned(Id, obligationId, reason!.Trim(), officer, now)];
        }
        var condition = Versions.First(v => v.Number == InForceVersion).Conditions.FirstOrDefault(c => c.Key == obligation!.ConditionKey);
        var events = new List<object> { new ComplianceAccepted(Id, obligationId, officer, now) };
        if (condition is { Type: ConditionType.PeriodicComplianceReport, EveryMonths: { } months } && Status != AgreementStatus.Terminated)
            events.Add(new ObligationScheduled(Id, Guid.CreateVersion7(), condition.Key, obligation!.Description, obligation.Due.AddMonths(months), now));
        return events;
    }

    public IReadOnlyList<object> RecordViolation(Guid violationId, string conditionKey, string? evidence, string? severity, Actor officer, DateTimeOffset now)
    {
        RequireOfficer(officer);
        Require(InForceVersion is not null, "Only an agreement in force can be breached.");
        Require(Versions.First(v => v.Number == InForceVersion).Conditions.Any(c => c.Key == conditionKey), "No condition in force has that key.");
        Require(!string.IsNullOrWhiteSpace(evidence), "Record the evidence of the breach.");
        // An observation is a monitoring finding that is not (yet) a breach: on record, but never penalised.
        Require(severity is "observation" or "minor" or "material" or "severe", "Severity is observation, minor, material or severe.");
        return [new ViolationRecorded(Id, violationId, conditionKey, evidence!.Trim(), severity!, officer, now)];
    }

    /// <summary>A penalty for a violation (31 CFR 800.901), proposed by one officer and approved by another.</summary>
    public IReadOnlyList<object> ProposePenalty(Guid violationId, decimal amount, string? basis, Actor officer, DateTimeOffset now)
    {
        RequireOfficer(officer);
        var violation = Violations.FirstOrDefault(v => v.Id == violationId);
        Require(violation is not null, "There is no such violation.");
        Require(violation!.Penalty is null, "A penalty has already been decided for this violation.");
        Require(violation.Severity != "observation", "An observation is not a breach: record a violation before proposing a penalty.");
        Require(amount > 0, "A penalty has a positive amount.");
        Require(!string.IsNullOrWhiteSpace(basis), "State the legal basis of the penalty.");
        return [new PenaltyProposed(Id, violationId, amount, basis!.Trim(), officer, now)];
    }

    /// <summary>The approver names the amount approved: a penalty proposed again since it was read is not approved.</summary>
    public IReadOnlyList<object> ApprovePenalty(Guid violationId, decimal amount, Actor approver, DateTimeOffset now)
    {
        RequireOfficer(approver);
        var violation = Violations.FirstOrDefault(v => v.Id == violationId);
        Require(violation?.ProposedPenalty is not null && violation.Penalty is null, "There is no proposed penalty to approve.");
        Require(violation!.ProposedPenalty == amount,
            $"The penalty proposed for this violation is {violation.ProposedPenalty:N2}, not the {amount:N2} this approval names. " +
            "Read the proposal again before approving it.");
        Require(violation!.PenaltyProposedBy!.UserId != approver.UserId,
            "The officer who proposed a penalty cannot also approve it: a second officer or a supervisor must (four eyes).");
        return [new PenaltyApproved(Id, violationId, violation.ProposedPenalty!.Value, violation.PenaltyProposedBy, approver, now)];
    }

    public IReadOnlyList<object> SetRemediationPlan(Guid violationId, string? plan, DateOnly due, Actor officer, DateTimeOffset now, DateOnly today)
    {
        RequireOfficer(officer);
        Require(Violations.Any(v => v.Id == violationId), "There is no such violation.");
        Require(!string.IsNullOrWhiteSpace(plan), "Describe the remediation plan.");
        Require(due > today, "A remediation plan is due in the future.");
        return [new RemediationPlanSet(Id, violationId, plan!.Trim(), due, officer, now)];
    }

    /// <summary>The remediation deadline passed; only a plan still open (and due then, not since revised) turns overdue.</summary>
    public IReadOnlyList<object> RemediationDeadlineReached(Guid violationId, DateOnly due, DateTimeOffset now) =>
        Violations.FirstOrDefault(v => v.Id == violationId) is { RemediationState: Mitigation.RemediationState.Open } v && v.RemediationDue == due
            ? [new RemediationOverdue(Id, violationId, due, now)]
            : [];

    public IReadOnlyList<object> CompleteRemediation(Guid violationId, string? evidence, Actor officer, DateTimeOffset now)
    {
        RequireOfficer(officer);
        var violation = Violations.FirstOrDefault(v => v.Id == violationId);
        Require(violation?.RemediationState is Mitigation.RemediationState.Open or Mitigation.RemediationState.Overdue, "There is no open remediation plan for this violation.");
        Require(!string.IsNullOrWhiteSpace(evidence), "Record how the remediation was verified.");
        return [new RemediationCompleted(Id, violationId, evidence!.Trim(), officer, now)];
    }
}

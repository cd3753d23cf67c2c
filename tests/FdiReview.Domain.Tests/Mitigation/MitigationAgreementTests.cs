using FdiReview.Domain.Mitigation;
using static FdiReview.Domain.Tests.Notifications.Case;

namespace FdiReview.Domain.Tests.Mitigation;

/// <summary>The mitigation agreement (fdi-rules U32–U35, US-23): negotiation, signing, obligations, compliance, breaches.</summary>
public class MitigationAgreementTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 15, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2027, 3, 1);

    private static readonly Condition[] Terms =
    [
        new("no-source-code", ConditionType.RestrictNonpublicTechnicalInformation, "No access to source code"),
        new("reports", ConditionType.PeriodicComplianceReport, "Quarterly compliance report", EveryMonths: 3),
        new("audit", ConditionType.ThirdPartyAudit, "Annual audit", DueBy: new DateOnly(2028, 3, 1)),
    ];

    private static MitigationAgreement Replay(List<object> history)
    {
        MitigationAgreement? agreement = null;
        foreach (var e in history)
            if (agreement is null) agreement = MitigationAgreement.Create((AgreementDrafted)e);
            else ((dynamic)agreement).Apply((dynamic)e);
        return agreement!;
    }

    private static IReadOnlyList<object> Then(List<object> history, Func<MitigationAgreement, IReadOnlyList<object>> decide)
    {
        var events = decide(Replay(history));
        history.AddRange(events);
        return events;
    }

    private static readonly Condition OwnershipNotice =
        new("ownership", ConditionType.NoticeBeforeOwnershipChange, "Notice before any change of ownership", NoticeDays: 30);

    private static List<object> Drafted(params Condition[] extra) =>
        [.. MitigationAgreement.Draft(Guid.NewGuid(), Guid.NewGuid(), "harbour-lane", [.. Terms, .. extra], Officer, Now)];

    private static List<object> InForce(params Condition[] extra)
    {
        var history = Drafted(extra);
        Then(history, a => a.Sign(1, Officer, Now, Today));
        Then(history, a => a.Sign(1, Investor, Now, Today));
        return history;
    }

    [Fact]
    public void Versions_are_proposed_and_countered_by_both_sides_and_compare_term_by_term()
    {
        var history = Drafted();
        Then(history, a => a.Propose([Terms[0], Terms[1] with { EveryMonths = 6 }, Terms[2]], "Half-yearly is enough.", Investor, Now));
        var agreement = Replay(history);
        agreement.Latest.Number.ShouldBe(2);
        agreement.Latest.ProposedBySide.ShouldBe("investor");

        var differences = VersionComparison.Compare(agreement.Versions[0].Conditions, agreement.Latest.Conditions);
        differences.ShouldHaveSingleItem().Key.ShouldBe("reports");
        differences[0].Change.ShouldBe("changed");

        Then(history, a => a.Propose([Terms[0], Terms[1] with { EveryMonths = 4 }], "Counter: four months, no audit.", Officer, Now));
        VersionComparison.Compare(Replay(history).Versions[1].Conditions, Replay(history).Latest.Conditions)
            .Select(d => (d.Key, d.Change)).ShouldBe([("audit", "removed"), ("reports", "changed")]);
    }

    [Fact]
    public void Signed_by_both_the_latest_version_comes_into_force_and_schedules_its_obligations()
    {
        var history = Drafted();
        Then(history, a => a.Sign(1, Officer, Now, Today)).ShouldHaveSingleItem();
        var events = Then(history, a => a.Sign(1, Investor, Now, Today));
        events.OfType<AgreementInForce>().Single().Version.ShouldBe(1);
        events.OfType<ObligationScheduled>().Select(o => o.Due).ShouldBe([new DateOnly(2027, 6, 1), new DateOnly(2028, 3, 1)]);
        Replay(history).Status.ShouldBe(AgreementStatus.InForce);
    }

    [Fact]
    public void An_outdated_version_cannot_be_signed_and_a_new_proposal_voids_earlier_signatures()
    {
        var history = Drafted();
        Then(history, a => a.Sign(1, Officer, Now, Today));
        Then(history, a => a.Propose([Terms[0]], null, Investor, Now));
        Should.Throw<DomainRefusal>(() => Replay(history).Sign(1, Investor, Now, Today)).Message.ShouldContain("outdated");
        Then(history, a => a.Sign(2, Investor, Now, Today)).ShouldHaveSingleItem();
        Should.Throw<DomainRefusal>(() => Replay(history).Sign(2, Investor, Now, Today)).Message.ShouldContain("already signed");
        Then(history, a => a.Sign(2, Officer, Now, Today)).OfType<AgreementInForce>().ShouldHaveSingleItem();
    }

    [Fact]
    public void An_amendment_goes_through_the_same_negotiation_and_the_agreement_terminates()
    {
        var history = InForce();
        Then(history, a => a.Propose([.. Terms, new Condition("officer", ConditionType.ApprovedSecurityOfficer, "U.S.-citizen security officer")], "Add a security officer.", Officer, Now));
        Replay(history).Status.ShouldBe(AgreementStatus.Amending);
        Then(history, a => a.Sign(2, Investor, Now, Today));
        Then(history, a => a.Sign(2, Supervisor, Now, Today));
        Replay(history).InForceVersion.ShouldBe(2);
        Replay(history).Obligations.Count.ShouldBe(2); // open obligations are not scheduled twice
        // Issue 15: the signature block of each version in force keeps who signed it, for which side (31 CFR 800.501(c)).
        Replay(history).SignaturesOf(2).Select(sig => (sig.Side, sig.Name)).ShouldBe([(MitigationAgreement.InvestorSide, Investor.Name), (MitigationAgreement.AgencySide, Supervisor.Name)]);
        Replay(history).SignaturesOf(1).Count.ShouldBe(2);

        Should.Throw<DomainRefusal>(() => Replay(history).Terminate("boredom", Officer, Now));
        Then(history, a => a.Terminate("release", Officer, Now));
        Replay(history).Status.ShouldBe(AgreementStatus.Terminated);
        Should.Throw<DomainRefusal>(() => Replay(history).Propose([Terms[0]], null, Officer, Now));
    }

    [Fact]
    public void Reports_become_overdue_are_submitted_accepted_and_the_next_one_scheduled()
    {
        var history = InForce();
        var report = Replay(history).Obligations.First(o => o.ConditionKey == "reports");
        Then(history, a => a.ObligationDeadlineReached(report.Id, Now.AddMonths(4))).ShouldHaveSingleItem().ShouldBeOfType<ObligationOverdue>();
        Replay(history).ObligationDeadlineReached(report.Id, Now.AddMonths(5)).ShouldBeEmpty();

        Should.Throw<DomainRefusal>(() => Replay(history).SubmitCompliance(report.Id, "Kept.", Officer, Now));
        Then(history, a => a.SubmitCompliance(report.Id, "All conditions kept; no access requests.", Investor, Now.AddMonths(4)));
        Should.Throw<DomainRefusal>(() => Replay(history).Review(report.Id, false, " ", Officer, Now));
        var accepted = Then(history, a => a.Review(report.Id, true, null, Officer, Now.AddMonths(4)));
        accepted.OfType<ObligationScheduled>().Single().Due.ShouldBe(new DateOnly(2027, 9, 1));
    }

    [Fact]
    public void A_change_of_ownership_starts_a_notice_obligation_due_the_agreed_days_before_it_FIRRMA_mitigation_U33()
    {
        Should.Throw<DomainRefusal>(() => Replay(Drafted(OwnershipNotice)).RecordNoticeEvent("ownership", "sale of 10%", Today.AddDays(90), Investor, Now, Today));
        var history = InForce(OwnershipNotice);
        Should.Throw<DomainRefusal>(() => Replay(history).RecordNoticeEvent("reports", "sale of 10%", Today.AddDays(90), Investor, Now, Today));
        Should.Throw<DomainRefusal>(() => Replay(history).RecordNoticeEvent("ownership", " ", Today.AddDays(90), Investor, Now, Today));
        Should.Throw<DomainRefusal>(() => Replay(history).RecordNoticeEvent("ownership", "sale of 10%", default, Investor, Now, Today));

        Then(history, a => a.RecordNoticeEvent("ownership", "sale of 10% to a fund", Today.AddDays(90), Investor, Now, Today))
            .ShouldHaveSingleItem().ShouldBeOfType<ObligationScheduled>().Due.ShouldBe(Today.AddDays(60));
        // Learned of too late for the agreed notice: due at once.
        Then(history, a => a.RecordNoticeEvent("ownership", "share swap", Today.AddDays(5), Officer, Now, Today))
            .OfType<ObligationScheduled>().Single().Due.ShouldBe(Today);
        Replay(history).Obligations.Count(o => o.ConditionKey == "ownership").ShouldBe(2);
    }

    [Fact]
    public void A_compliance_certification_cites_only_documents_on_file_FIRRMA_mitigation_U33()
    {
        var history = InForce();
        var report = Replay(history).Obligations.First(o => o.ConditionKey == "reports");
        var onFile = new[] { Guid.NewGuid() };
        Should.Throw<DomainRefusal>(() => Replay(history).SubmitCompliance(report.Id, "Certified.", Investor, Now, [Guid.NewGuid()], onFile))
            .Message.ShouldContain("unknown document");
        Then(history, a => a.SubmitCompliance(report.Id, "Certified.", Investor, Now, onFile, onFile));
        Replay(history).Obligations.Single(o => o.Id == report.Id).Documents.ShouldBe(onFile);
    }

    [Fact]
    public void A_remediation_plan_turns_overdue_at_its_deadline_unless_completed_or_revised_CFR_800_901()
    {
        var history = InForce();
        var violation = Guid.NewGuid();
        Then(history, a => a.RecordViolation(violation, "no-source-code", "Access log of 2 May", "material", Officer, Now));
        Should.Throw<DomainRefusal>(() => Replay(history).CompleteRemediation(violation, "Checked", Officer, Now));
        Then(history, a => a.SetRemediationPlan(violation, "Revoke access", new DateOnly(2027, 4, 1), Officer, Now, Today));
        Then(history, a => a.SetRemediationPlan(violation, "Revoke access and rotate keys", new DateOnly(2027, 5, 1), Officer, Now, Today));

        Replay(history).RemediationDeadlineReached(violation, new DateOnly(2027, 4, 1), Now).ShouldBeEmpty(); // superseded deadline
        Then(history, a => a.RemediationDeadlineReached(violation, new DateOnly(2027, 5, 1), Now)).ShouldHaveSingleItem().ShouldBeOfType<RemediationOverdue>();
        Replay(history).Violations.Single().RemediationState.ShouldBe(RemediationState.Overdue);

        Should.Throw<DomainRefusal>(() => Replay(history).CompleteRemediation(violation, " ", Officer, Now));
        Should.Throw<DomainRefusal>(() => Replay(history).CompleteRemediation(violation, "Checked", Investor, Now));
        Then(history, a => a.CompleteRemediation(violation, "Access logs reviewed on site", Officer, Now));
        Replay(history).Violations.Single().RemediationState.ShouldBe(RemediationState.Completed);
        Replay(history).RemediationDeadlineReached(violation, new DateOnly(2027, 5, 1), Now).ShouldBeEmpty();
    }

    /// <summary>Issue 14, finding 5: the approver names the amount; a penalty proposed again since is not approved (31 CFR 800.901).</summary>
    [Fact]
    public void A_penalty_approval_naming_another_amount_is_refused()
    {
        var history = InForce();
        var violation = Guid.NewGuid();
        Then(history, a => a.RecordViolation(violation, "no-source-code", "Access log of 2 May", "material", Officer, Now));
        Then(history, a => a.ProposePenalty(violation, 1.5m, "31 CFR 800.901(b)", Officer, Now));
        Then(history, a => a.ProposePenalty(violation, 250_000_000m, "31 CFR 800.901(b)", Officer, Now));
        Should.Throw<DomainRefusal>(() => Replay(history).ApprovePenalty(violation, 1.5m, Supervisor, Now)).Message.ShouldContain("not the 1.50");
        Then(history, a => a.ApprovePenalty(violation, 250_000_000m, Supervisor, Now)).ShouldHaveSingleItem().ShouldBeOfType<PenaltyApproved>().Amount.ShouldBe(250_000_000m);
    }

    [Fact]
    public void A_violation_leads_to_a_penalty_under_four_eyes_or_a_remediation_plan_CFR_800_901()
    {
        var history = InForce();
        var violation = Guid.NewGuid();
        Should.Throw<DomainRefusal>(() => Replay(history).RecordViolation(violation, "unknown", "x", "material", Officer, Now));
        Then(history, a => a.RecordViolation(violation, "no-source-code", "Access log of 2 May", "material", Officer, Now));
        Then(history, a => a.ProposePenalty(violation, 5_000_000m, "31 CFR 800.901(b)", Officer, Now));
        Should.Throw<DomainRefusal>(() => Replay(history).ApprovePenalty(violation, 5_000_000m, Officer, Now)).Message.ShouldContain("four eyes");
        Then(history, a => a.ApprovePenalty(violation, 5_000_000m, Supervisor, Now)).ShouldHaveSingleItem().ShouldBeOfType<PenaltyApproved>().Amount.ShouldBe(5_000_000m);
        Should.Throw<DomainRefusal>(() => Replay(history).ProposePenalty(violation, 1m, "again", Officer, Now));

        Should.Throw<DomainRefusal>(() => Replay(history).SetRemediationPlan(violation, "Revoke access", Today, Officer, Now, Today));
        Then(history, a => a.SetRemediationPlan(violation, "Revoke all repository access", new DateOnly(2027, 4, 1), Officer, Now, Today));
        Replay(history).Violations.Single().RemediationPlan.ShouldBe("Revoke all repository access");

        var finding = Guid.NewGuid();
        Then(history, a => a.RecordViolation(finding, "reports", "Report format inconsistent", "observation", Officer, Now));
        Should.Throw<DomainRefusal>(() => Replay(history).ProposePenalty(finding, 1_000m, "31 CFR 800.901(b)", Officer, Now)).Message.ShouldContain("observation");
    }

    [Fact]
    public void Only_the_parties_take_part_and_terms_must_be_complete()
    {
        Should.Throw<DomainRefusal>(() => MitigationAgreement.Draft(Guid.NewGuid(), Guid.NewGuid(), "harbour-lane", [], Officer, Now));
        Should.Throw<DomainRefusal>(() => MitigationAgreement.Draft(Guid.NewGuid(), Guid.NewGuid(), "harbour-lane",
            [new Condition("r", ConditionType.PeriodicComplianceReport, "Reports")], Officer, Now)).Message.ShouldContain("how often");
        Should.Throw<DomainRefusal>(() => MitigationAgreement.Draft(Guid.NewGuid(), Guid.NewGuid(), "harbour-lane", Terms, Investor, Now));
        var history = Drafted();
        Should.Throw<DomainRefusal>(() => Replay(history).Sign(1, OtherInvestor, Now, Today));
        Should.Throw<DomainRefusal>(() => Replay(history).Propose(Terms, null, Officer, Now)).Message.ShouldContain("same");
    }
}

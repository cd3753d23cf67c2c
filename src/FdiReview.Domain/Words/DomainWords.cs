using FdiReview.Domain.Clocks;
using FdiReview.Domain.Mitigation;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Screening;

namespace FdiReview.Domain;

/// <summary>
/// The words people read for the domain's kinds, phases and terms, beside those of statuses and outcomes
/// (<see cref="Notifications.NotificationStatusText"/>): pages, selects and the history use these, never the C# names.
/// Each is the glossary's term in the reader's language.
/// </summary>
public static class DomainWords
{
    public static string Of(PartyKind? kind) => kind is { } k ? Of(k) : "—";

    public static string Of(PartyKind kind) => Glossary.Word($"party-kind.{kind}");

    public static string Of(Regime? regime) => Glossary.Word($"regime.{regime ?? Regime.Firrma}");

    public static string Of(ParticipantRole role) => Glossary.Word($"participant-role.{role}");

    public static string Of(FeftaSector sector) => Glossary.Word($"fefta-sector.{sector}");

    /// <summary>What each sector of the MOF list means, quoted where the pickers offer it.</summary>
    public static string Definition(FeftaSector sector) => Glossary.Word($"fefta-sector-definition.{sector}");

    public static string Of(TransactionKind kind) => Glossary.Word($"transaction-kind.{kind}");

    /// <summary>The FEFTA exemption conditions (Art. 27-2), as the investor commits to them.</summary>
    public static class Commitment
    {
        public static string NoOfficers => Glossary.Word("commitment.NoOfficers");
        public static string NoBusinessTransferProposal => Glossary.Word("commitment.NoBusinessTransferProposal");
        public static string NoNonpublicTechnologyAccess => Glossary.Word("commitment.NoNonpublicTechnologyAccess");
        public static string NoCoreCommitteeAttendance => Glossary.Word("commitment.NoCoreCommitteeAttendance");
        public static string NoDeadlineWrittenProposals => Glossary.Word("commitment.NoDeadlineWrittenProposals");
        public static string NoNonpublicInformationAccess => Glossary.Word("commitment.NoNonpublicInformationAccess");
    }

    /// <summary>The conditions these commitments keep, in words.</summary>
    public static IReadOnlyList<string> Of(FeftaCommitments c) =>
        new[]
        {
            (c.NoOfficers, Commitment.NoOfficers), (c.NoBusinessTransferProposal, Commitment.NoBusinessTransferProposal),
            (c.NoNonpublicTechnologyAccess, Commitment.NoNonpublicTechnologyAccess), (c.NoCoreCommitteeAttendance, Commitment.NoCoreCommitteeAttendance),
            (c.NoDeadlineWrittenProposals, Commitment.NoDeadlineWrittenProposals),
            (c.NoNonpublicInformationAccess, Commitment.NoNonpublicInformationAccess),
        }.Where(x => x.Item1).Select(x => x.Item2).ToList();

    public static string Of(CoveredTransaction covered) => Glossary.Word($"covered-transaction.{covered}");

    public static string Of(NonControlTrigger trigger) => Glossary.Word($"non-control-trigger.{trigger}");

    /// <summary>A basis of control as the engine records it ("majority-voting", "important-matter:…"), in words.</summary>
    public static string OfControlBasis(string basis) =>
        basis.StartsWith("important-matter:", StringComparison.Ordinal) ? Glossary.Word("control-basis.important-matter")
        : Glossary.WordOr($"control-basis.{basis}", basis.Replace('-', ' '));

    public static string Of(DecisionMakingArea area) => Glossary.Word($"decision-area.{area}");

    public static string Of(FeftaInvestorClass investorClass) => Glossary.Word($"fefta-investor-class.{investorClass}");

    /// <summary>What each investor class means, quoted where the pickers offer it.</summary>
    public static string Definition(FeftaInvestorClass investorClass) => Glossary.Word($"fefta-investor-class-definition.{investorClass}");

    public static string Of(ConditionType type) => Glossary.Word($"condition-type.{type}");

    public static string Of(SubmissionKind kind) => Glossary.Word($"submission-kind.{kind}");

    public static string Of(Filing filing) => Glossary.Word($"filing.{filing}");

    public static string Of(PriorityBand band) => Glossary.Word($"priority-band.{band}");

    public static string Of(ClockPhase phase) => Glossary.Word($"clock-phase.{phase}");
}

using FdiReview.Domain.Mitigation;

namespace FdiReview.Domain;

/// <summary>How an agreement's, an obligation's or a remediation plan's state reads on a page.</summary>
public static class ObligationWords
{
    public static string Of(ObligationState state) => Glossary.Word($"obligation-state.{state}");

    public static string Of(AgreementStatus status) => Glossary.Word($"agreement-status.{status}");

    /// <summary>An obligation as the agreement wrote it; the system's own wording for a periodic report ("Compliance report (…)") in the reader's language.</summary>
    public static string Describe(string description)
    {
        var (before, typed, after) = Parts(description);
        return before + typed + after;
    }

    /// <summary>The words around what the agreement's drafter typed, in the reader's language, and what they typed.</summary>
    public static (string Before, string Typed, string After) Parts(string description)
    {
        if (!(description.StartsWith(ReportPrefix, StringComparison.Ordinal) && description.EndsWith(')'))) return ("", description, "");
        var around = Glossary.Word("obligation.compliance-report", "\u0000").Split('\u0000');
        return (around[0], description[ReportPrefix.Length..^1], around[1]);
    }

    /// <summary>How <see cref="MitigationAgreement"/> names the obligations a periodic-report term schedules.</summary>
    public const string ReportPrefix = "Compliance report (";

    public static string Of(RemediationState? state) => state is { } s ? Glossary.Word($"remediation-state.{s}") : "—";
}

using FdiReview.Domain.Screening;
using FdiReview.Domain.Notifications;

namespace FdiReview.Web.Infrastructure;

/// <summary>
/// Input that cannot be used, each message keyed by its field's JSON path: a 400 problem on the API, a message
/// at the field in the UI.
/// </summary>
public sealed class InvalidInput(IReadOnlyDictionary<string, string[]> errors, string title = "The request has invalid or missing fields")
    : Exception(string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
    public string Title { get; } = title;

    public InvalidInput(string field, string message) : this(new Dictionary<string, string[]> { [field] = [message] }) { }

    public static void Require(bool holds, string field, string message)
    {
        if (!holds) throw new InvalidInput(field, message);
    }

    public static readonly DateOnly EarliestDate = new(2000, 1, 1);
    public static readonly DateOnly LatestDate = new(2199, 12, 31);

    /// <summary>A date the record can mean and compute with (a deadline on 9999-12-31 overflows the calendar).</summary>
    public static void RequireDate(DateOnly? date, string field) =>
        Require(date is null || (date >= EarliestDate && date <= LatestDate), field, $"A date from {EarliestDate:yyyy-MM-dd} to {LatestDate:yyyy-MM-dd}.");

    /// <summary>An investment's value, if stated, is an amount above 0 in a known currency; fields named under <paramref name="prefix"/>.</summary>
    public static void RequireValid(InvestmentValue? value, string prefix)
    {
        if (value is not null && InvestmentValue.Problems(value, prefix) is { Count: > 0 } problems) throw new InvalidInput(problems);
    }

    /// <summary>The screening contract's shape rules for these facts, fields named under <paramref name="prefix"/>.</summary>
    public static void RequireValid(TransactionFacts? facts, string prefix)
    {
        if (Screening.ScreeningProblems.For(facts, prefix) is { } problem) throw new InvalidInput(problem.Errors.AsReadOnly(), problem.Title!);
    }
}

/// <summary>The command said no version, or an outdated one, of what it was decided on.</summary>
public sealed class VersionRefusal(bool missing, int currentVersion, string message) : Exception(message)
{
    public bool Missing { get; } = missing;
    public int CurrentVersion { get; } = currentVersion;
}

/// <summary>No such record, or none this user may see: both answer alike, so nobody learns what exists.</summary>
public sealed class NotFound(string message) : Exception(message);

using System.Collections.Concurrent;

namespace FdiReview.Benchmarks;

/// <summary>
/// Every command the crash harness sent, with the SQL condition that finds the one event it must have recorded. After
/// the kills each acknowledged command is found exactly once; one never acknowledged is found at most once.
/// </summary>
public sealed class CommandLedger
{
    public sealed class Entry(string kind, string recorded)
    {
        public string Kind { get; } = kind;
        public string Recorded { get; } = recorded;
        public bool Acknowledged { get; set; }
    }

    private readonly ConcurrentQueue<Entry> _entries = new();

    public Entry Sent(string kind, string recorded)
    {
        var entry = new Entry(kind, recorded);
        _entries.Enqueue(entry);
        return entry;
    }

    public IReadOnlyCollection<Entry> Entries => _entries;

    public int Acknowledged => _entries.Count(e => e.Acknowledged);

    /// <summary>"412 acceptances, 405 information requests, …" in the order a case meets them.</summary>
    public string Summary() => string.Join(", ", _entries.Where(e => e.Acknowledged).GroupBy(e => e.Kind).Select(g => $"{g.Count()} {g.Key}"));
}

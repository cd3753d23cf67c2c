using System.Text.RegularExpressions;

namespace FdiReview.Web.Tests.Architecture;

/// <summary>
/// One write path: the console and the portal change the record only by sending commands, never through Marten
/// themselves, and the hand-written command runners of the first version are gone for good.
/// </summary>
public class OneWritePathTests
{
    private static readonly string Source = Path.Combine(Repository.Root, "src", "FdiReview.Web");

    // Every way to write through Marten: sessions that write, saving, events, documents, the outbox's session.
    private static readonly Regex MartenWrite = new(
        @"\b(LightweightSession|IdentitySession|DirtyTrackedSession|OpenSession|IDocumentSession|IMartenOutbox|SaveChanges(Async)?|StartStream|AppendMany|AppendOne)\b" +
        @"|\.Events\.Append\(|\bsession\.(Store|Insert|Update|Delete|HardDelete|Patch)\b");

    [Fact]
    public void No_component_uses_a_write_API_of_Marten()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(Source, "Components"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor") || f.EndsWith(".cs"))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => MartenWrite.IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(Source, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void The_first_versions_command_runners_are_gone()
    {
        var mentions = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs") || f.EndsWith(".razor")) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(f => Regex.IsMatch(File.ReadAllText(f), @"\b(CaseCommands|CaseCommandHttp|CaseActionInput|AgreementCommands)\b"))
            .ToList();
        mentions.ShouldBeEmpty();
    }

    [Fact]
    public void The_scan_sees_a_write_when_there_is_one() =>
        new[] { "await using var s = Store.LightweightSession();", "session.Events.Append(id, e);", "await session.SaveChangesAsync();", "session.Store(view);" }
            .ShouldAllBe(line => MartenWrite.IsMatch(line));
}

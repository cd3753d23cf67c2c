using System.Xml.Linq;

namespace FdiReview.Web.Tests.Localization;

/// <summary>Every word of the console and the portal exists in English and in Japanese.</summary>
public class ResourceParityTests
{
    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Repository.Root, "src", "FdiReview.Web", "Localization", file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    [Fact]
    public void Every_key_exists_in_both_languages_with_a_text()
    {
        var (english, japanese) = (Read("Ui.resx"), Read("Ui.ja.resx"));
        english.Keys.Except(japanese.Keys).ShouldBeEmpty("keys with no Japanese");
        japanese.Keys.Except(english.Keys).ShouldBeEmpty("keys with no English");
        english.Where(w => string.IsNullOrWhiteSpace(w.Value)).ShouldBeEmpty();
        japanese.Where(w => string.IsNullOrWhiteSpace(w.Value) || w.Value == english[w.Key]).Select(w => w.Key).ShouldBeEmpty("Japanese left empty or in English");
    }

    [Fact]
    public void Inserted_values_match_between_the_languages()
    {
        var (english, japanese) = (Read("Ui.resx"), Read("Ui.ja.resx"));
        foreach (var (key, text) in english)
            Placeholders(japanese[key]).ShouldBe(Placeholders(text), $"{key}: the same {{0}}… in both languages");
    }

    private static string[] Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().Order().ToArray();
}

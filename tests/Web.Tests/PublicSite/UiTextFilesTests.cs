using System.Text.Json;
using System.Text.RegularExpressions;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.PublicSite;

/// <summary>The site's interface texts exist in fi, sv and en alike, and every text a view asks for is there.</summary>
public sealed partial class UiTextFilesTests
{
    private static readonly string Resources = Path.Combine(Repository.Root, "src", "Web", "Resources");

    [Fact]
    public void EveryLanguageHasTheSameKeysAndNoEmptyText()
    {
        var files = new[] { "fi", "sv", "en" }.ToDictionary(c => c, Read);

        foreach (var (culture, texts) in files)
        {
            Assert.Equal(files["fi"].Keys.Order(), texts.Keys.Order());
            Assert.DoesNotContain(texts, t => string.IsNullOrWhiteSpace(t.Value));
        }
    }

    [Fact]
    public void EveryKeyAViewAsksForIsInTheTexts()
    {
        var keys = Read("fi").Keys.ToHashSet();
        var used = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src", "Web", "Views"), "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(f => UiKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .ToList();

        Assert.True(used.Count > 50, $"only {used.Count} keys found in the views");
        Assert.Empty(used.Where(u => !keys.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}"));
    }

    [Fact]
    public void EveryTagTranslationHasSwedishAndEnglish()
    {
        var tags = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(File.ReadAllText(Path.Combine(Resources, "tags.json")))!;

        Assert.NotEmpty(tags);
        Assert.Empty(tags.Where(t => !t.Value.TryGetValue("sv", out var sv) || sv.Length == 0 || !t.Value.TryGetValue("en", out var en) || en.Length == 0).Select(t => t.Key));
    }

    private static Dictionary<string, string> Read(string culture) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(Resources, $"ui.{culture}.json")))!;

    // Ui["key"], Ui.Format("key", ...) and Ui.Get(culture, "key") with a whole literal key (not a prefix such as "searchType_" + kind).
    [GeneratedRegex(@"Ui(?:\[|\.Format\(|\.Get\([^,""]+,\s*)""([A-Za-z_.]+)""\s*[\],)]")]
    private static partial Regex UiKey();
}

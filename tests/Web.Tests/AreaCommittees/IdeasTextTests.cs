using System.Text.Json;
using System.Text.RegularExpressions;
using Participation.Extensions.AreaCommittees.Ideas;

namespace Participation.Web.Tests.AreaCommittees;

/// <summary>The ideas' texts in every language their file set has: the same keys, the same placeholders, and every key a page asks for.</summary>
public sealed partial class IdeasTextTests
{
    [Theory]
    [InlineData("Participation.Extensions.Backoffice.ideas.{0}.json", "fi,en")]
    [InlineData("Participation.Extensions.Text.ideas.{0}.json", "fi,sv,en")]
    public void EachLanguageHasTheSameKeysAndPlaceholders(string resource, string languages)
    {
        var texts = languages.Split(',').ToDictionary(l => l, l => Embedded(string.Format(System.Globalization.CultureInfo.InvariantCulture, resource, l)));
        var fi = texts["fi"];
        foreach (var (language, other) in texts)
        {
            Assert.Equal(fi.Keys.Order(StringComparer.Ordinal), other.Keys.Order(StringComparer.Ordinal));
            Assert.DoesNotContain(other, t => string.IsNullOrWhiteSpace(t.Value));
            Assert.All(fi.Keys, k => Assert.True(Placeholders(fi[k]).SequenceEqual(Placeholders(other[k])), $"{language}: {k}"));
        }

        Assert.All(Enum.GetNames<IdeaStatus>(), s => Assert.Contains(fi.Keys, k => k.EndsWith("status." + s, StringComparison.Ordinal)));
    }

    [Fact]
    public void EveryIdeasKeyTheBackofficePagesAskForIsInTheTexts()
    {
        var keys = Embedded("Participation.Extensions.Backoffice.ideas.fi.json").Keys.ToHashSet(StringComparer.Ordinal);
        var used = Directory.EnumerateFiles(Path.Combine(Root(), "src", "Extensions", "Backoffice", "Pages", "Ideas"), "*.cs*")
            .SelectMany(f => IdeasKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .ToList();

        Assert.True(used.Count > 30, $"only {used.Count} keys found in the pages");
        Assert.Empty(used.Where(u => !keys.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}"));
    }

    [Fact]
    public void ThePublicIdeasTextsAreInFinnishSwedishAndEnglish()
    {
        var view = File.ReadAllText(Path.Combine(Root(), "src", "Web", "Views", "Shared", "_AreaIdeas.cshtml"));
        var used = UiKey().Matches(view).Select(m => m.Groups[1].Value).Where(k => !k.EndsWith('.'))
            .Concat(Enum.GetNames<IdeaStatus>().Select(s => "ideaStatus." + s)).Append("committedToIdeas").Append("ideas").ToList();
        foreach (var language in new[] { "fi", "sv", "en" })
        {
            var ui = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(Root(), "src", "Web", "Resources", $"ui.{language}.json")))!;
            Assert.Empty(used.Where(k => !ui.ContainsKey(k)).Select(k => $"{language}: {k}"));
        }
    }

    private static Dictionary<string, string> Embedded(string name)
    {
        using var stream = typeof(AreaIdea).Assembly.GetManifestResourceStream(name);
        Assert.NotNull(stream);
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!;
    }

    private static string Root()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Participation.Site.sln")))
        {
            root = root.Parent!;
        }

        return root.FullName;
    }

    private static List<string> Placeholders(string text) => [.. Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    // Whole keys only; ones ending in a dot are prefixes completed in code ("ideas.status." + status).
    [GeneratedRegex(@"""(ideas\.[A-Za-z0-9.]*[A-Za-z0-9])""")]
    private static partial Regex IdeasKey();

    [GeneratedRegex(@"Ui(?:\.Format\(|\[)""([A-Za-z0-9.]+)""")]
    private static partial Regex UiKey();
}

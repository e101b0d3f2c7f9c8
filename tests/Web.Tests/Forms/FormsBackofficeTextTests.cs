using System.Text.Json;
using System.Text.RegularExpressions;
using Participation.Extensions.Forms.Backoffice;

namespace Participation.Web.Tests.Forms;

/// <summary>The Forms pages' own backoffice texts (src/Extensions/Backoffice/Text), held to the engine's rules.</summary>
public sealed partial class FormsBackofficeTextTests
{
    [Fact]
    public void FinnishAndEnglishHaveTheSameKeysTheSamePlaceholdersAndNoEmptyText()
    {
        var fi = Texts("fi");
        var en = Texts("en");

        Assert.True(fi.Count > 50, $"only {fi.Count} Finnish texts");
        Assert.Equal(fi.Keys.Order(StringComparer.Ordinal), en.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(fi.Concat(en), t => string.IsNullOrWhiteSpace(t.Value));
        Assert.All(fi.Keys, k => Assert.Equal(Placeholders(fi[k]), Placeholders(en[k])));
    }

    [Fact]
    public void EveryFormsKeyThePagesAskForIsInTheTexts()
    {
        var keys = Texts("fi").Keys.ToHashSet(StringComparer.Ordinal);
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Participation.Site.sln")))
        {
            root = root.Parent!;
        }

        var used = Directory.EnumerateFiles(Path.Combine(root.FullName, "src", "Extensions", "Backoffice"), "*.cshtml*", SearchOption.AllDirectories)
            .SelectMany(f => FormsKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .ToList();

        Assert.True(used.Count > 50, $"only {used.Count} keys found in the pages");
        Assert.Empty(used.Where(u => !keys.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}"));
    }

    private static Dictionary<string, string> Texts(string language)
    {
        using var stream = typeof(FormsPolicies).Assembly.GetManifestResourceStream($"Participation.Extensions.Backoffice.forms.{language}.json");
        Assert.NotNull(stream);
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!;
    }

    private static List<string> Placeholders(string text) => [.. Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    // Whole keys only; ones ending in a dot are prefixes completed in code ("forms.state." + state).
    [GeneratedRegex(@"""(forms\.[A-Za-z0-9.]*[A-Za-z0-9])""")]
    private static partial Regex FormsKey();
}

using System.Text.RegularExpressions;
using Participation.Cms.Text;

namespace Participation.Cms.Tests.PropertyEditors;

/// <summary>The editors' messages exist in Finnish and English, and every key the editors use has a text.</summary>
public sealed partial class EditorTextTests
{
    private static readonly EngineText Texts = new();

    [Fact]
    public void FinnishAndEnglishHaveTheSameEditorKeys()
    {
        var fi = Texts.Keys("fi").Where(k => k.StartsWith("editor.", StringComparison.Ordinal)).Order().ToList();
        var en = Texts.Keys("en").Where(k => k.StartsWith("editor.", StringComparison.Ordinal)).Order().ToList();

        Assert.NotEmpty(fi);
        Assert.Equal(fi, en);
    }

    [Fact]
    public void EveryKeyTheEditorsUseHasAText()
    {
        var folder = Path.Combine(RepositoryFolder.Root, "src", "Cms", "PropertyEditors");
        var used = Directory.EnumerateFiles(folder, "*.cs*", SearchOption.AllDirectories)
            .SelectMany(f => Key().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();
        var known = Texts.Keys("fi").ToHashSet();

        Assert.True(used.Count >= 20, $"only {used.Count} keys were found in {folder}");
        var missing = used.Where(k => !known.Contains(k)).ToList();
        Assert.True(missing.Count == 0, "No text for: " + string.Join(", ", missing));
    }

    [GeneratedRegex("\"(editor\\.[A-Za-z.]+)\"")]
    private static partial Regex Key();
}

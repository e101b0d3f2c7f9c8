using System.Text.RegularExpressions;

namespace Participation.Cms.Tests.PropertyEditors;

/// <summary>
/// Editors own their values, so code outside PropertyEditors/ must not branch on an editor's alias: a switch there
/// is a second place to change when an editor is added, and the one that gets forgotten.
/// </summary>
public sealed partial class EditorAliasTests
{
    [Fact]
    public void NoSourceOutsidePropertyEditorsNamesAnEditorAlias()
    {
        var src = Path.Combine(RepositoryFolder.Root, "src");
        var editors = Path.Combine(src, "Cms", "PropertyEditors") + Path.DirectorySeparatorChar;
        var aliases = TestEditors.All.Aliases.ToList();
        Assert.True(aliases.Count >= 20, $"only {aliases.Count} editors were found");

        var offenders = Directory.EnumerateFiles(src, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.StartsWith(editors, StringComparison.Ordinal) && !Generated().IsMatch(f))
            .SelectMany(f => aliases.Where(a => File.ReadAllText(f).Contains($"\"{a}\"", StringComparison.Ordinal)).Select(a => $"{Path.GetRelativePath(src, f)}: {a}"))
            .ToList();

        Assert.True(offenders.Count == 0, "Editor aliases outside PropertyEditors/:\n" + string.Join('\n', offenders));
    }

    [GeneratedRegex(@"[\\/](bin|obj|node_modules)[\\/]")]
    private static partial Regex Generated();
}

using System.Reflection;

namespace Participation.Cms.Search.Analysis;

/// <summary>
/// Splits a folded Finnish word where it starts with a known first part (fi-compound-parts.txt: common words in the
/// forms they take at the front of a compound, e.g. kaupungin-, nuoriso-, asukas-). The longest known part wins and
/// the rest is split again; a rest shorter than four letters is an ending, not a word, so it is never split off.
/// </summary>
internal sealed class CompoundSplitter
{
    private const int MinRest = 4;
    private readonly HashSet<string> parts;
    private readonly int longest;

    public CompoundSplitter(IEnumerable<string> parts)
    {
        this.parts = parts.Select(p => p.Trim()).Where(p => p.Length >= 3 && !p.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
        longest = this.parts.Count == 0 ? 0 : this.parts.Max(p => p.Length);
    }

    public static CompoundSplitter Finnish { get; } = new(ReadResource("fi-compound-parts.txt"));

    public IReadOnlyList<string> Split(string word)
    {
        var found = new List<string>();
        Split(word, found);
        return found.Count == 0 ? [] : found;
    }

    private void Split(string word, List<string> found)
    {
        for (var length = Math.Min(longest, word.Length - MinRest); length >= 3; length--)
        {
            if (parts.Contains(word[..length]))
            {
                var rest = word[length..];
                found.Add(word[..length]);
                found.Add(rest);
                Split(rest, found);
                return;
            }
        }
    }

    private static IEnumerable<string> ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Participation.Cms.Search." + name)
            ?? throw new InvalidOperationException($"The search resource {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }
}

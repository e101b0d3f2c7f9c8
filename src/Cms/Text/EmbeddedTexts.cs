using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;

namespace Participation.Cms.Text;

/// <summary>
/// Reads embedded <c>&lt;prefix&gt;&lt;area&gt;.&lt;language&gt;.json</c> resources into one table per language, so each
/// feature keeps its texts in its own file. Used by the engine's and the add-ons' message tables alike.
/// </summary>
public static class EmbeddedTexts
{
    public static FrozenDictionary<string, FrozenDictionary<string, string>> Load(Assembly assembly, string prefix)
    {
        var byLanguage = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
        {
            // <prefix><area>.<language>.json
            var parts = name[prefix.Length..^".json".Length].Split('.');
            var language = parts[^1];
            using var stream = assembly.GetManifestResourceStream(name)!;
            var entries = JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
            var target = byLanguage.TryGetValue(language, out var existing) ? existing : byLanguage[language] = new(StringComparer.Ordinal);
            foreach (var (key, value) in entries)
            {
                if (!target.TryAdd(key, value))
                {
                    throw new InvalidOperationException($"Text key '{key}' is defined twice ({name}).");
                }
            }
        }

        return byLanguage.ToFrozenDictionary(l => l.Key, l => l.Value.ToFrozenDictionary(StringComparer.Ordinal));
    }
}

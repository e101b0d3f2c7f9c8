using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace Participation.Cms.Text;

/// <summary>
/// The engine's own messages (validation, tree rules, upload checks) in every backoffice language. Texts live in
/// embedded <c>Text/&lt;area&gt;.&lt;language&gt;.json</c> files, one area per feature so features do not edit one
/// shared file. A message is resolved in the current UI culture, which the backoffice sets per request, so an
/// editor who chose English gets English errors; anything else gets the default language.
/// </summary>
public sealed class EngineText
{
    public const string DefaultLanguage = "fi";

    private const string Prefix = "Participation.Cms.Text.";

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> texts = Load();

    public IReadOnlyCollection<string> Languages => texts.Keys;

    public string Language =>
        texts.ContainsKey(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ? CultureInfo.CurrentUICulture.TwoLetterISOLanguageName : DefaultLanguage;

    public string this[string key] => Get(Language, key);

    public string Format(string key, params object?[] args) => string.Format(CultureInfo.CurrentCulture, this[key], args);

    /// <summary>A missing key falls back to the default language and then to the key itself: a gap shows, it never throws.</summary>
    public string Get(string language, string key) =>
        texts.GetValueOrDefault(language)?.GetValueOrDefault(key) ?? texts.GetValueOrDefault(DefaultLanguage)?.GetValueOrDefault(key) ?? key;

    /// <summary>Every key of one language, for the test that keeps the languages' key sets equal.</summary>
    public IReadOnlyCollection<string> Keys(string language) => texts.GetValueOrDefault(language)?.Keys ?? [];

    private static FrozenDictionary<string, FrozenDictionary<string, string>> Load()
    {
        var assembly = typeof(EngineText).Assembly;
        var byLanguage = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
        {
            // Participation.Cms.Text.<area>.<language>.json
            var parts = name[Prefix.Length..^".json".Length].Split('.');
            var language = parts[^1];
            using var stream = assembly.GetManifestResourceStream(name)!;
            var entries = JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
            var target = byLanguage.TryGetValue(language, out var existing) ? existing : byLanguage[language] = new(StringComparer.Ordinal);
            foreach (var (key, value) in entries)
            {
                if (!target.TryAdd(key, value))
                {
                    throw new InvalidOperationException($"Engine text key '{key}' is defined twice ({name}).");
                }
            }
        }

        return byLanguage.ToFrozenDictionary(l => l.Key, l => l.Value.ToFrozenDictionary(StringComparer.Ordinal));
    }
}

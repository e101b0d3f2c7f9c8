using System.Collections.Frozen;
using System.Globalization;

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

    private static FrozenDictionary<string, FrozenDictionary<string, string>> Load() => EmbeddedTexts.Load(typeof(EngineText).Assembly, Prefix);
}

using System.Collections.Frozen;
using System.Globalization;
using Participation.Cms.Text;

namespace Participation.Extensions.Forms.Text;

/// <summary>
/// The forms engine's default messages in the public site's languages (fi, sv, en). A form's own message wins; these
/// are for fields whose editor left it empty. The language is the page's culture, not the server's.
/// </summary>
public sealed class FormsText
{
    private const string DefaultLanguage = "fi";

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> texts =
        EmbeddedTexts.Load(typeof(FormsText).Assembly, "Participation.Extensions.Text.");

    public IReadOnlyCollection<string> Languages => texts.Keys;

    public string Get(string language, string key) =>
        texts.GetValueOrDefault(language)?.GetValueOrDefault(key) ?? texts.GetValueOrDefault(DefaultLanguage)?.GetValueOrDefault(key) ?? key;

    public string Format(string culture, string key, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(Language(culture), key), args);

    public IReadOnlyCollection<string> Keys(string language) => texts.GetValueOrDefault(language)?.Keys ?? [];

    private static string Language(string culture) => culture.Split('-')[0].ToLowerInvariant();
}

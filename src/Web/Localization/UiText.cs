using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace Participation.Web.Localization;

/// <summary>
/// The site's own interface text (menus, labels, messages) in fi, sv and en, from <c>Resources/ui.&lt;culture&gt;.json</c>.
/// Missing keys fall back to Finnish, then to the key itself, so a gap shows but never breaks a page.
/// </summary>
public sealed class UiText
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> texts;

    public UiText(IWebHostEnvironment environment)
    {
        var folder = Path.Combine(environment.ContentRootPath, "Resources");
        texts = Directory.GetFiles(folder, "ui.*.json").ToFrozenDictionary(
            f => Path.GetFileNameWithoutExtension(f)["ui.".Length..],
            f => JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(f))!.ToFrozenDictionary());
    }

    /// <summary>Text in the current request's language (set by the router from the page's culture).</summary>
    public string this[string key] => Get(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, key);

    public string Format(string key, params object[] args) => string.Format(CultureInfo.CurrentCulture, this[key], args);

    public string Get(string culture, string key) =>
        texts.GetValueOrDefault(culture)?.GetValueOrDefault(key) ?? texts.GetValueOrDefault("fi")?.GetValueOrDefault(key) ?? key;

    public IEnumerable<string> Keys(string culture) => texts.GetValueOrDefault(culture)?.Keys ?? [];
}

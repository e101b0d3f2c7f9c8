using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Html;
using Participation.Cms.Text;

namespace Participation.Cms.Backoffice.Text;

/// <summary>
/// The backoffice's interface text in Finnish and English, from the embedded <c>backoffice.&lt;language&gt;.json</c> files,
/// so wording is edited and translated in one place instead of in every page. The language is the current UI culture,
/// which <see cref="BackofficeLanguageMiddleware"/> sets for every <c>/umbraco</c> request; a missing key falls back to
/// Finnish and then to the key itself, so a gap shows on the page but never breaks it. Add-ons add their own files
/// with a <see cref="BackofficeTextSource"/>; a key defined twice fails at start instead of one text silently winning.
/// </summary>
public sealed class BackofficeText(IEnumerable<BackofficeTextSource> sources)
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> texts = Merge(sources.ToList());

    /// <summary>The language of the current request: <c>fi</c> or <c>en</c>.</summary>
    public string Language => BackofficeLanguage.Normalise(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? BackofficeLanguage.Default;

    public string this[string key] => Get(Language, key);

    public string Format(string key, params object?[] args) => string.Format(CultureInfo.CurrentCulture, this[key], args);

    /// <summary>A text that carries its own markup (keys ending in <c>Html</c>); the files are part of the build, never user input.</summary>
    public IHtmlContent Html(string key) => new HtmlString(this[key]);

    /// <summary>The texts whose keys start with <paramref name="prefix"/>, prefix removed: label sets that scripts read as JSON.</summary>
    public IReadOnlyDictionary<string, string> Group(string prefix) =>
        texts[BackofficeLanguage.Default].Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .ToDictionary(k => k[prefix.Length..], k => this[k]);

    public string Get(string language, string key) =>
        texts.GetValueOrDefault(language)?.GetValueOrDefault(key) ?? texts[BackofficeLanguage.Default].GetValueOrDefault(key) ?? key;

    private static FrozenDictionary<string, FrozenDictionary<string, string>> Merge(IReadOnlyList<BackofficeTextSource> sources)
    {
        var added = sources.Select(s => EmbeddedTexts.Load(s.Assembly, s.ResourcePrefix)).ToList();
        return BackofficeLanguage.Supported.ToFrozenDictionary(language => language, language =>
        {
            var merged = Load(language);
            foreach (var (key, value) in added.SelectMany(a => a.GetValueOrDefault(language) ?? FrozenDictionary<string, string>.Empty))
            {
                if (!merged.TryAdd(key, value))
                {
                    throw new InvalidOperationException($"Backoffice text key '{key}' is defined twice.");
                }
            }

            return merged.ToFrozenDictionary();
        });
    }

    /// <summary>One language's file, read once when the service is first needed; a file left out of the build fails loudly.</summary>
    private static Dictionary<string, string> Load(string language)
    {
        var name = $"Participation.Cms.backoffice.{language}.json";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded in the assembly.");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
    }
}

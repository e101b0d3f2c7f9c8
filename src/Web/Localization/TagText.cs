using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Participation.Cms.Site;

namespace Participation.Web.Localization;

/// <summary>
/// Tags, themes and target groups are stored once, in the site's default language, so that a tag list or a directory
/// facet gathers every item whatever its language. Readers of the other languages see them translated from
/// <c>Resources/tags.json</c>; a tag not yet there is shown as written and marked as Finnish.
/// </summary>
public sealed class TagText
{
    private readonly string defaultCulture;
    private readonly FrozenDictionary<string, Dictionary<string, string>> translations;

    public TagText(IWebHostEnvironment environment, SiteOptions site)
    {
        defaultCulture = site.DefaultCulture;
        var file = Path.Combine(environment.ContentRootPath, "Resources", "tags.json");
        translations = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(File.ReadAllText(file))!
            .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The tag in the current request's language (set by the router from the page's culture).</summary>
    public TagLabel this[string tag] => For(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, tag);

    public TagLabel For(string culture, string tag) =>
        culture == defaultCulture ? new(tag, null)
        : translations.GetValueOrDefault(tag)?.GetValueOrDefault(culture) is { Length: > 0 } text ? new(text, null)
        : new(tag, defaultCulture);

    public IReadOnlyDictionary<string, Dictionary<string, string>> All => translations;
}

/// <summary>A tag as shown: its text, and the language it is in when that is not the page's (for <c>lang</c>).</summary>
public readonly record struct TagLabel(string Text, string? Lang);

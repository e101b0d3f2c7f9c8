namespace Participation.Extensions.Sharing;

/// <summary>
/// What a page says about itself to search engines and social services: the head's meta description, Open Graph and
/// X tags, canonical and hreflang links. Every address is absolute, since a crawler reads the tags without the page.
/// </summary>
public sealed record ShareCard(
    string Title,
    string Description,
    string SiteName,
    string? CanonicalUrl,
    string Type,
    string Locale,
    IReadOnlyList<string> AlternateLocales,
    IReadOnlyDictionary<string, string> Alternates,
    ShareImage Image,
    DateTimeOffset? PublishedTime,
    DateTimeOffset? ModifiedTime);

/// <summary>The image of a card: an editor's photo cropped to 1.91:1, or one drawn for the page.</summary>
public sealed record ShareImage(string Url, int Width, int Height, string Alt, string ContentType);

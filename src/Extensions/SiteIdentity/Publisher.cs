using Participation.Cms.PropertyEditors;
using Participation.Cms.PublishedCache;

namespace Participation.Extensions.SiteIdentity;

/// <summary>
/// The organisation that runs the site, as editors set it on the home node: named in the footer, as the controller in
/// the privacy notice and as the publisher in structured data. Read from the snapshot a page was rendered with, so a
/// publish of the home node changes every page at once.
/// </summary>
public sealed record Publisher(
    string Name,
    string? BusinessId,
    Venue? Address,
    string? Email,
    PublishedMedia? Logo,
    IReadOnlyList<Link> SocialLinks)
{
    /// <summary>The home node's publisher; the site's own name stands in until an editor names an organisation.</summary>
    public static Publisher? Of(PublishedSnapshot snapshot, string culture)
    {
        if (snapshot.Home is not { } home)
        {
            return null;
        }

        var name = home.Value<string>("publisherName", culture) is { Length: > 0 } publisher ? publisher
            : home.Value<string>("siteName", culture) is { Length: > 0 } site ? site
            : home.Name(culture);
        var links = (home.Value<Link[]>("socialLinks", culture) ?? [])
            .Where(l => Uri.TryCreate(l.Url, UriKind.Absolute, out var url) && url.Scheme is "https" or "http")
            .ToList();
        return new Publisher(
            name,
            Blank(home.Value<string>("businessId", culture)),
            home.Value<Venue>("address", culture) is { AddressLine.Length: > 0 } address ? address : null,
            Blank(home.Value<string>("contactEmail", culture)),
            snapshot.Media(home, "logo", culture).FirstOrDefault(),
            links);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

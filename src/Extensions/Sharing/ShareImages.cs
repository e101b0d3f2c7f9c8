using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Participation.Cms.PublishedCache;

namespace Participation.Extensions.Sharing;

/// <summary>
/// Which image a page's card shows and where it is served: the editor's share image, else the page's own image (the
/// site's social image on the home page), cropped to 1200 × 630 around its focal point; else one drawn for the page.
/// The address carries a stamp of what the image shows, so a changed page gets a new image and services fetch it again.
/// </summary>
public static class ShareImages
{
    public const int Width = 1200;
    public const int Height = 630;

    private static readonly string[] PhotoAliases = ["shareImage", "socialImage", "image", "heroImage"];

    public static string Path(Guid key, string culture, bool photo) => $"/jako/{key}/{culture}.{(photo ? "jpg" : "png")}";

    // What a drawn image shows besides the item's name and the site's: the image changes when any of these does.
    private static readonly string[] DrawnAliases = ["shareTitle", "startTime", "endTime", "venue", "venueToBeAnnounced"];

    /// <summary>
    /// A short hash of everything the image shows (and of the item's last update): equal on every node, and new as soon
    /// as the title, the photo or its focal point, an event's time or place, or the site's name changes.
    /// </summary>
    public static string Stamp(PublishedContent item, PublishedSnapshot snapshot, string culture)
    {
        var photo = Photo(item, snapshot, culture);
        var parts = new List<string?>
        {
            item.UpdateDate.Ticks.ToString(CultureInfo.InvariantCulture),
            item.Name(culture),
            snapshot.Home?.Value<string>("siteName", culture),
            photo is null ? null : FormattableString.Invariant($"{photo.Key}|{photo.Url}|{photo.FocalPoint?.Left}|{photo.FocalPoint?.Top}"),
        };
        parts.AddRange(DrawnAliases.Select(alias => JsonSerializer.Serialize(item.Value(alias, culture))));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    /// <summary>The photo to crop, or null when the page's image is to be drawn.</summary>
    public static PublishedMedia? Photo(PublishedContent item, PublishedSnapshot snapshot, string culture)
    {
        foreach (var alias in PhotoAliases)
        {
            if (snapshot.Media(item, alias, culture).FirstOrDefault(m => m is { Width: > 0, Height: > 0 }) is { } media)
            {
                return media;
            }
        }

        return null;
    }

    public static ShareImage For(PublishedContent item, PublishedSnapshot snapshot, string culture, Uri baseUrl, string title, string siteName)
    {
        var photo = Photo(item, snapshot, culture);
        var url = new Uri(baseUrl, Path(item.Key, culture, photo is not null) + "?v=" + Stamp(item, snapshot, culture)).ToString();
        return photo is not null
            ? new ShareImage(url, Width, Height, photo.Alt(culture) is { Length: > 0 } alt ? alt : title, "image/jpeg")
            : new ShareImage(url, Width, Height, item.ContentTypeAlias == "home" ? siteName : $"{title} – {siteName}", "image/png");
    }
}

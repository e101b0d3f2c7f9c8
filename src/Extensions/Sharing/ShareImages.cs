using System.Globalization;
using Participation.Cms.PublishedCache;

namespace Participation.Extensions.Sharing;

/// <summary>
/// Which image a page's card shows and where it is served: the editor's share image, else the page's own image (the
/// site's social image on the home page), cropped to 1200 × 630 around its focal point; else one drawn for the page.
/// The address carries the item's update stamp, so a changed page gets a new image and services fetch it again.
/// </summary>
public static class ShareImages
{
    public const int Width = 1200;
    public const int Height = 630;

    private static readonly string[] PhotoAliases = ["shareImage", "socialImage", "image", "heroImage"];

    public static string Path(Guid key, string culture, bool photo) => $"/jako/{key}/{culture}.{(photo ? "jpg" : "png")}";

    public static string Stamp(PublishedContent item) => item.UpdateDate.Ticks.ToString("x", CultureInfo.InvariantCulture);

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
        var url = new Uri(baseUrl, Path(item.Key, culture, photo is not null) + "?v=" + Stamp(item)).ToString();
        return photo is not null
            ? new ShareImage(url, Width, Height, photo.Alt(culture) is { Length: > 0 } alt ? alt : title, "image/jpeg")
            : new ShareImage(url, Width, Height, item.ContentTypeAlias == "home" ? siteName : $"{title} – {siteName}", "image/png");
    }
}

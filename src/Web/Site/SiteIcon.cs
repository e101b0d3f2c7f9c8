using Participation.Cms.Media;
using Participation.Cms.PublishedCache;

namespace Participation.Web.Site;

/// <summary>
/// The site's icon as editors set it on the home node (<c>siteIcon</c>): the mark beside the site name, the browser
/// tab's icon and the phone home screen's. Read from the snapshot the page is rendered with, so a publish of the home
/// node changes it everywhere; until an editor picks one, the built-in <see cref="Fallback"/> stands in.
/// </summary>
internal static class SiteIcon
{
    public const string Fallback = "/favicon.svg";

    public static PublishedMedia? Of(PublishedSnapshot snapshot, string culture) =>
        snapshot.Home is { } home ? snapshot.Media(home, "siteIcon", culture).FirstOrDefault(m => m.Width is > 0 && m.Height is > 0) : null;

    /// <summary>The icon at <paramref name="width"/> pixels wide with its "WxH" for a manifest's or link's <c>sizes</c>.</summary>
    public static (string Url, string Sizes) At(PublishedMedia icon, int width)
    {
        var scaled = Math.Min(width, icon.Width!.Value);
        var height = (int)Math.Round((double)scaled * icon.Height!.Value / icon.Width.Value);
        return (scaled == icon.Width ? icon.Url : icon.Resize(scaled), FormattableString.Invariant($"{scaled}x{height}"));
    }

    public static string MediaType(PublishedMedia icon) => MediaFileType.ContentTypeOf(icon.Extension.TrimStart('.'));
}

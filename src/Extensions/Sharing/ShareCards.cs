using Participation.Cms.PublishedCache;
using Participation.Cms.Routing;
using Participation.Cms.Site;

namespace Participation.Extensions.Sharing;

/// <summary>Builds the <see cref="ShareCard"/> of any public page from the snapshot it was rendered with: a few look-ups, never a scan.</summary>
public sealed class ShareCards(SiteOptions site)
{
    private static readonly HashSet<string> ArticleTypes = ["newsArticle", "blogPost"];

    public Uri BaseUrl => site.PublicBaseUrl;

    public string Absolute(string path) => new Uri(site.PublicBaseUrl, path).ToString();

    public ShareCard For(PageModel page)
    {
        var (culture, snapshot) = (page.Culture, page.Snapshot);
        var siteName = ShareText.SiteName(snapshot, culture);
        var alternates = page.AlternateUrls.ToDictionary(a => a.Key, a => Absolute(a.Value));
        var item = page.Current ?? snapshot.Home;
        var title = page.Current is { } current ? ShareText.Title(current, culture, siteName) : siteName;
        var image = item is null
            ? new ShareImage(Absolute("/favicon.ico"), 0, 0, siteName, "image/x-icon")
            : ShareImages.For(item, snapshot, culture, site.PublicBaseUrl, title, siteName);
        var isArticle = page.Current is { } a && ArticleTypes.Contains(a.ContentTypeAlias);
        return new ShareCard(
            title,
            ShareText.Description(page.Current, snapshot, culture, siteName),
            siteName,
            page.Current?.Url(culture) is { } url ? Absolute(url) : null,
            isArticle ? "article" : "website",
            ShareLocale.Of(culture),
            alternates.Keys.Where(c => c != culture).Select(ShareLocale.Of).ToList(),
            alternates,
            image,
            isArticle ? PublishDate(page.Current!) : null,
            page.Current is { } changed ? new DateTimeOffset(DateTime.SpecifyKind(changed.UpdateDate, DateTimeKind.Utc)) : null);
    }

    /// <summary>When an article says it was published (its own date, in the site's zone), else when it was created.</summary>
    public DateTimeOffset PublishDate(PublishedContent item) =>
        TimeZoneInfo.ConvertTime(
            item.Value<DateTimeOffset?>("publishDate", site.DefaultCulture) ?? new DateTimeOffset(DateTime.SpecifyKind(item.CreateDate, DateTimeKind.Utc)),
            site.Zone);
}

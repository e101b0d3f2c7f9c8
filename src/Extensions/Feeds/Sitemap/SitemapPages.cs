using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.Extensions.Options;
using Participation.Cms.PublishedCache;
using Participation.Cms.Routing;
using Participation.Cms.Site;

namespace Participation.Extensions.Feeds.Sitemap;

/// <summary>
/// The sitemap: every published page in every culture it has, with its hreflang alternates and last change. Made once
/// per change, split into files of <see cref="FeedsOptions.SitemapPageSize"/> addresses; with more than one file,
/// <c>/sitemap.xml</c> is their index and the files are <c>/sitemap-1.xml</c>, <c>/sitemap-2.xml</c>, ...
/// </summary>
internal sealed class SitemapPages(FeedCache cache, PageRenderer renderer, SiteOptions site, IOptions<FeedsOptions> options, TimeProvider clock)
{
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";
    private const string ContentType = "application/xml; charset=utf-8";

    /// <summary>Page 0 is <c>/sitemap.xml</c>: the only file, or the index. Null for a page past the last.</summary>
    public CachedFeed? Get(PublishedSnapshot snapshot, int page)
    {
        var now = clock.GetUtcNow();
        var pages = cache.Get("sitemap", snapshot.Generation, now, () => Build(snapshot), p => (p[0].Generation, p[0].ValidUntil));
        return page < pages.Length ? pages[page] : null;
    }

    private CachedFeed[] Build(PublishedSnapshot snapshot)
    {
        // The one pass over the whole site, once per change: which types have a template is asked once per type.
        var renderable = new Dictionary<string, bool>(StringComparer.Ordinal);
        var items = snapshot.All
            .Where(i => renderable.TryGetValue(i.ContentTypeAlias, out var known) ? known : renderable[i.ContentTypeAlias] = renderer.ViewPath(i) is not null)
            .OrderBy(i => i.Level).ThenBy(i => i.Id)
            .SelectMany(i => i.Cultures.Values.Where(c => c.Url is not null).Select(c => (Item: i, c.Culture)))
            .ToList();
        var size = options.Value.SitemapPageSize;
        var files = items.Chunk(size).Select(chunk => Urls(chunk)).ToList();
        if (files.Count <= 1)
        {
            return [Feed(snapshot, files.Count == 0 ? Urls([]) : files[0])];
        }

        var lastChanges = items.Chunk(size).Select(chunk => chunk.Max(c => c.Item.UpdateDate)).ToList();
        return [Feed(snapshot, Index(lastChanges)), .. files.Select(f => Feed(snapshot, f))];
    }

    private CachedFeed Feed(PublishedSnapshot snapshot, byte[] body) => new(snapshot.Generation, DateTimeOffset.MaxValue, body, ContentType);

    private byte[] Urls(IEnumerable<(PublishedContent Item, string Culture)> entries) => Write(xml =>
    {
        xml.WriteStartElement("urlset", Ns);
        xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
        foreach (var (item, culture) in entries)
        {
            xml.WriteStartElement("url", Ns);
            xml.WriteElementString("loc", Ns, Absolute(item.Url(culture)!));
            xml.WriteElementString("lastmod", Ns, Time(item.UpdateDate));
            var alternates = item.Cultures.Values.Where(c => c.Url is not null).ToList();
            if (alternates.Count > 1)
            {
                foreach (var alternate in alternates)
                {
                    Alternate(xml, alternate.Culture, Absolute(alternate.Url!));
                }

                if (alternates.FirstOrDefault(c => c.Culture == site.DefaultCulture) is { } main)
                {
                    Alternate(xml, "x-default", Absolute(main.Url!));
                }
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    private byte[] Index(IReadOnlyList<DateTime> lastChanges) => Write(xml =>
    {
        xml.WriteStartElement("sitemapindex", Ns);
        for (var i = 0; i < lastChanges.Count; i++)
        {
            xml.WriteStartElement("sitemap", Ns);
            xml.WriteElementString("loc", Ns, Absolute($"/sitemap-{i + 1}.xml"));
            xml.WriteElementString("lastmod", Ns, Time(lastChanges[i]));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    private static void Alternate(XmlWriter xml, string hreflang, string href)
    {
        xml.WriteStartElement("xhtml", "link", XhtmlNs);
        xml.WriteAttributeString("rel", "alternate");
        xml.WriteAttributeString("hreflang", hreflang);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static byte[] Write(Action<XmlWriter> body)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            body(xml);
        }

        return stream.ToArray();
    }

    private string Absolute(string path) => new Uri(site.PublicBaseUrl, path).ToString();

    private static string Time(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

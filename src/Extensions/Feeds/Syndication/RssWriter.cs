using System.Globalization;
using System.Text;
using System.Xml;

namespace Participation.Extensions.Feeds.Syndication;

/// <summary>RSS 2.0 with an Atom self link (what the W3C validator asks for) and Dublin Core creators for blog authors.</summary>
internal static class RssWriter
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";

    public static byte[] Write(FeedDocument feed)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, AtomNs);
            xml.WriteAttributeString("xmlns", "dc", null, DcNs);
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", feed.Title);
            xml.WriteElementString("link", feed.SiteUrl);
            xml.WriteElementString("description", feed.Description);
            xml.WriteElementString("language", feed.Language);
            xml.WriteElementString("lastBuildDate", Rfc822(feed.Updated));
            xml.WriteStartElement("atom", "link", AtomNs);
            xml.WriteAttributeString("href", feed.SelfUrl);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();
            foreach (var entry in feed.Entries)
            {
                xml.WriteStartElement("item");
                xml.WriteElementString("title", entry.Title);
                xml.WriteElementString("link", entry.Url);
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "false");
                xml.WriteString(entry.Id);
                xml.WriteEndElement();
                xml.WriteElementString("pubDate", Rfc822(entry.Published));
                xml.WriteElementString("description", entry.Summary);
                if (entry.Author is { } author)
                {
                    xml.WriteElementString("dc", "creator", DcNs, author);
                }

                foreach (var category in entry.Categories)
                {
                    xml.WriteElementString("category", category);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    /// <summary>RFC 822 with the numeric offset, e.g. "Sun, 29 Mar 2026 09:00:00 +0300" (names in English whatever the page's language).</summary>
    private static string Rfc822(DateTimeOffset moment) =>
        moment.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + moment.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", "", StringComparison.Ordinal);
}

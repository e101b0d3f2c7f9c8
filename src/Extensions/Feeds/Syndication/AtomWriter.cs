using System.Globalization;
using System.Text;
using System.Xml;

namespace Participation.Extensions.Feeds.Syndication;

/// <summary>Atom (RFC 4287): stable tag: ids, so a renamed article is not a new entry.</summary>
internal static class AtomWriter
{
    private const string Ns = "http://www.w3.org/2005/Atom";

    public static byte[] Write(FeedDocument feed)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartElement("feed", Ns);
            xml.WriteAttributeString("xml", "lang", null, feed.Language);
            xml.WriteElementString("id", Ns, feed.Id);
            xml.WriteElementString("title", Ns, feed.Title);
            xml.WriteElementString("subtitle", Ns, feed.Description);
            xml.WriteElementString("updated", Ns, Rfc3339(feed.Updated));
            Link(xml, feed.SiteUrl, "alternate", "text/html");
            Link(xml, feed.SelfUrl, "self", "application/atom+xml");
            xml.WriteStartElement("author", Ns);
            xml.WriteElementString("name", Ns, feed.Title);
            xml.WriteEndElement();
            foreach (var entry in feed.Entries)
            {
                xml.WriteStartElement("entry", Ns);
                xml.WriteElementString("id", Ns, entry.Id);
                xml.WriteElementString("title", Ns, entry.Title);
                Link(xml, entry.Url, "alternate", "text/html");
                xml.WriteElementString("published", Ns, Rfc3339(entry.Published));
                xml.WriteElementString("updated", Ns, Rfc3339(entry.Updated));
                if (entry.Author is { } author)
                {
                    xml.WriteStartElement("author", Ns);
                    xml.WriteElementString("name", Ns, author);
                    xml.WriteEndElement();
                }

                foreach (var category in entry.Categories)
                {
                    xml.WriteStartElement("category", Ns);
                    xml.WriteAttributeString("term", category);
                    xml.WriteEndElement();
                }

                xml.WriteStartElement("summary", Ns);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(entry.Summary);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static void Link(XmlWriter xml, string href, string rel, string type)
    {
        xml.WriteStartElement("link", Ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Rfc3339(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}

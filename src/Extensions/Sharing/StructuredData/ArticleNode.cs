using System.Text.Json.Nodes;
using Participation.Cms.PublishedCache;

namespace Participation.Extensions.Sharing.StructuredData;

/// <summary>A news article (NewsArticle) or blog post (BlogPosting, with its writer as author).</summary>
internal static class ArticleNode
{
    public static JsonObject For(PublishedContent item, PublishedSnapshot snapshot, ShareCard card, string culture, TimeZoneInfo zone, Uri baseUrl)
    {
        var blog = item.ContentTypeAlias == "blogPost";
        var node = new JsonObject
        {
            ["@type"] = blog ? "BlogPosting" : "NewsArticle",
            ["headline"] = card.Title,
            ["description"] = card.Description,
            ["url"] = card.CanonicalUrl,
            ["mainEntityOfPage"] = card.CanonicalUrl,
            ["inLanguage"] = culture,
            ["image"] = new JsonArray(card.Image.Url),
            ["datePublished"] = card.PublishedTime is { } published ? JsonLd.Time(published, zone) : null,
            ["dateModified"] = card.ModifiedTime is { } modified ? JsonLd.Time(modified, zone) : null,
            ["publisher"] = SiteNodes.Reference(snapshot, culture, baseUrl),
            ["keywords"] = item.Value<string[]>("tags", culture) is { Length: > 0 } tags ? string.Join(", ", tags) : null,
        };
        node["author"] = blog && item.Value<string>("authorName", culture) is { Length: > 0 } author
            ? JsonLd.Compact(new JsonObject { ["@type"] = "Person", ["name"] = author, ["jobTitle"] = item.Value<string>("authorRole", culture) })
            : SiteNodes.Reference(snapshot, culture, baseUrl);
        return JsonLd.Compact(node);
    }
}

using System.Text.Json.Nodes;
using Participation.Cms.Routing;
using Participation.Cms.Site;
using Participation.Extensions.Registration;

namespace Participation.Extensions.Sharing.StructuredData;

/// <summary>
/// The JSON-LD of a page (one <c>@graph</c>): the site's Organization and WebSite on the home page, the page's own node
/// by type, and its breadcrumbs. Read from the page model, so an event's seats are the ones the page shows.
/// </summary>
public sealed class PageStructuredData(SiteOptions site)
{
    public string For(PageModel page, ShareCard card)
    {
        var (culture, snapshot, baseUrl, zone) = (page.Culture, page.Snapshot, site.PublicBaseUrl, site.Zone);
        var graph = new JsonArray();
        if (page.Current is not { } item)
        {
            return JsonLd.Serialize(new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = graph });
        }

        if (item.ContentTypeAlias == "home")
        {
            graph.Add(SiteNodes.Organization(snapshot, culture, baseUrl));
            graph.Add(SiteNodes.WebSite(snapshot, culture, card.SiteName, baseUrl));
        }

        JsonObject? own = item.ContentTypeAlias switch
        {
            "newsArticle" or "blogPost" => ArticleNode.For(item, snapshot, card, culture, zone, baseUrl),
            "association" => AssociationNode.For(item, snapshot, card, culture, baseUrl),
            EventSchedule.ContentType when page is PartnershipTablePage eventPage => EventNode.For(eventPage, snapshot, card, zone, baseUrl),
            _ => null,
        };
        if (own is not null)
        {
            graph.Add(own);
        }

        if (SiteNodes.Breadcrumbs(snapshot, item, culture, baseUrl) is { } crumbs)
        {
            graph.Add(crumbs);
        }

        return JsonLd.Serialize(new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = graph });
    }
}

using Participation.Cms.PublishedCache;
using Participation.Cms.Routing;

namespace Participation.Web.Site;

/// <summary>One item in a list (article, event, association), rendered by a shared partial with the page's culture.</summary>
public sealed record ItemCard(PageModel Page, PublishedContent Item, string HeadingLevel = "h2")
{
    public string Culture => Page.Culture;

    public string? Url => Item.Url(Culture) ?? Item.Url("fi");

    public string Name => Item.IsRoutable(Culture) ? Item.Name(Culture) : Item.Name("fi");
}

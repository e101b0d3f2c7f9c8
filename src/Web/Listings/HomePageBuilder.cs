using Participation.Cms.PublishedCache;
using Participation.Cms.Routing;
using Participation.Extensions.Registration;

namespace Participation.Web.Listings;

internal sealed class HomePageBuilder(TimeProvider clock) : IPageModelBuilder
{
    public string ContentType => "home";

    public ContentPage Build(PublishedContent content, string culture, HttpContext http)
    {
        var now = clock.GetUtcNow();
        var snapshot = content.Snapshot;
        return new HomePage(content, culture)
        {
            LatestArticles = Articles.Newest(snapshot.All.Where(c => c.ContentTypeAlias is "newsArticle" or "blogPost" && c.IsRoutable(culture)), now).Take(3).ToList(),
            UpcomingEvents = snapshot.OfType("partnershipTable")
                .Where(e => !EventSchedule.IsPast(e, now) && e.IsRoutable(culture))
                .OrderBy(e => EventSchedule.Start(e) is null).ThenBy(EventSchedule.Start).Take(3).ToList(),
            Projects = snapshot.OfType("project").Where(p => p.IsRoutable(culture)).OrderBy(p => p.SortOrder).ToList(),
        };
    }
}

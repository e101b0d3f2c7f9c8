using Participation.Cms.Routing;
using Participation.Extensions.Registration;

namespace Participation.Web.Listings;

/// <summary>The home page's lists, each read from an order kept with the snapshot: a request takes their first items.</summary>
internal sealed class HomePageBuilder(TimeProvider clock) : IPageModelBuilder
{
    // The first of the projects, as of the news and events; the projects page lists them all.
    private const int ProjectsShown = 6;

    public string ContentType => "home";

    public Task<ContentPage> BuildAsync(PageContext context, CancellationToken cancellationToken)
    {
        var (content, culture, snapshot, http) = context;
        var now = clock.GetUtcNow();

        // As on the events page: an event only in Finnish is still listed (its card marked lang="fi"), since a Swedish
        // reader told "no upcoming events" would miss the four the events page shows.
        var events = EventOrder.Of(snapshot, "all", culture,
            () => snapshot.OfType(EventSchedule.ContentType).Where(e => e.Cultures.Values.Any(c => c.Url is not null)));
        return Task.FromResult<ContentPage>(new HomePage(context)
        {
            LatestArticles = Articles.Due(Articles.Ordered(snapshot, $"home|{culture}", () =>
                snapshot.OfType("newsArticle").Concat(snapshot.OfType("blogPost")).Where(c => c.IsRoutable(culture))), now).Take(3).ToList(),
            UpcomingEvents = events.At(now).Upcoming.Take(3).ToList(),
            Projects = snapshot.Kept($"home|projects|{culture}", () => snapshot.OfType("project").Where(p => p.IsRoutable(culture)).OrderBy(p => p.SortOrder).ToArray()).Take(ProjectsShown).ToList(),
        });
    }
}

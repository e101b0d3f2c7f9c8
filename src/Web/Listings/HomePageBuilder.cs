using Participation.Cms.Routing;
using Participation.Extensions.Registration;

namespace Participation.Web.Listings;

internal sealed class HomePageBuilder(TimeProvider clock) : IPageModelBuilder
{
    public string ContentType => "home";

    public Task<ContentPage> BuildAsync(PageContext context, CancellationToken cancellationToken)
    {
        var (content, culture, snapshot, http) = context;
        var now = clock.GetUtcNow();
        return Task.FromResult<ContentPage>(new HomePage(context)
        {
            LatestArticles = Articles.Due(Articles.Ordered(snapshot, $"home|{culture}", () =>
                snapshot.OfType("newsArticle").Concat(snapshot.OfType("blogPost")).Where(c => c.IsRoutable(culture))), now).Take(3).ToList(),
            UpcomingEvents = snapshot.OfType("partnershipTable")
                // As on the events page: an event only in Finnish is still listed (its card marked lang="fi"), since a
                // Swedish reader told "no upcoming events" would miss the four the events page shows.
                .Where(e => !EventSchedule.IsPast(e, culture, now) && e.Cultures.Values.Any(c => c.Url is not null))
                .OrderBy(e => EventSchedule.StartOf(e, culture) is null).ThenBy(e => EventSchedule.StartOf(e, culture)).Take(3).ToList(),
            Projects = snapshot.OfType("project").Where(p => p.IsRoutable(culture)).OrderBy(p => p.SortOrder).ToList(),
        });
    }
}

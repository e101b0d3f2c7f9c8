using Participation.Cms.PublishedCache;
using Participation.Cms.Site;
using Participation.Extensions.Registration;

namespace Participation.Extensions.Feeds.Calendar;

/// <summary>
/// Partnership tables with a time that have not ended, soonest first, and the same per project and per municipality
/// (the venue's city and the project's municipalities): made once per snapshot, so a calendar request is a look-up.
/// It expires when the first listed event ends.
/// </summary>
internal sealed class UpcomingEvents
{
    private UpcomingEvents(long generation, DateTimeOffset validUntil, IReadOnlyList<EventSchedule> all, Dictionary<Guid, List<EventSchedule>> byProject, Dictionary<string, List<EventSchedule>> byMunicipality)
    {
        Generation = generation;
        ValidUntil = validUntil;
        All = all;
        ByProject = byProject;
        ByMunicipality = byMunicipality;
    }

    public long Generation { get; }

    public DateTimeOffset ValidUntil { get; }

    public IReadOnlyList<EventSchedule> All { get; }

    public IReadOnlyDictionary<Guid, List<EventSchedule>> ByProject { get; }

    public IReadOnlyDictionary<string, List<EventSchedule>> ByMunicipality { get; }

    public static UpcomingEvents Build(PublishedSnapshot snapshot, SiteOptions site, DateTimeOffset now, DateTimeOffset until)
    {
        var upcoming = snapshot.OfType(EventSchedule.ContentType)
            .Select(e => (Item: e, Schedule: EventSchedule.Of(e, site)))
            .Where(e => e.Schedule.Start is { } start && start < until && e.Schedule.EndsOr(now) > now)
            .OrderBy(e => e.Schedule.Start).ToList();
        var byProject = new Dictionary<Guid, List<EventSchedule>>();
        var byMunicipality = new Dictionary<string, List<EventSchedule>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (item, schedule) in upcoming)
        {
            var project = snapshot.Picked(item, "project", site.DefaultCulture);
            if (project is not null)
            {
                (byProject.TryGetValue(project.Key, out var list) ? list : byProject[project.Key] = []).Add(schedule);
            }

            var municipalities = (project?.Value<string[]>("municipalities", site.DefaultCulture) ?? [])
                .Append(schedule.ToBeAnnounced ? null : schedule.Venue?.City).OfType<string>().Where(m => m.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase);
            foreach (var municipality in municipalities)
            {
                (byMunicipality.TryGetValue(municipality, out var list) ? list : byMunicipality[municipality] = []).Add(schedule);
            }
        }

        var firstEnd = upcoming.Select(e => e.Schedule.EndsOr(now)).DefaultIfEmpty(now.AddHours(1)).Min();
        return new UpcomingEvents(snapshot.Generation, Min(firstEnd, now.AddHours(1)), upcoming.Select(e => e.Schedule).ToList(), byProject, byMunicipality);
    }

    // At least hourly, so the calendar's window moves on even when nothing is published.
    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}

using Participation.Cms.PublishedCache;

namespace Participation.Extensions.Registration;

/// <summary>
/// A list of events in the orders the site shows them, made once per published snapshot and kept with it: those with a
/// start time soonest first (and newest first, for the archive), those without one in sort order. Which events are
/// upcoming moves with the clock, so the order does not hold it: <see cref="At"/> finds the cut by binary search, and
/// a request costs its page, not a pass over every event.
/// </summary>
public sealed class EventOrder
{
    private readonly PublishedContent[] soonestFirst;
    private readonly DateTimeOffset[] starts;

    // The latest end among soonestFirst[0..i]: it never falls, so the first event that may still be running is found by
    // binary search too. Everything before it is over. (An end before the start, which the type's rules refuse, would
    // leave an event that has not started listed as upcoming.)
    private readonly DateTimeOffset[] overBy;
    private readonly PublishedContent[] newestFirst;
    private readonly PublishedContent[] unscheduled;
    private readonly bool unscheduledEnd;
    private readonly string culture;

    private EventOrder(IEnumerable<PublishedContent> events, string culture)
    {
        this.culture = culture;
        var all = events.Select(e => (Item: e, Start: EventSchedule.StartOf(e, culture), End: EventSchedule.EndOf(e, culture))).ToList();
        var scheduled = all.Where(e => e.Start is not null).OrderBy(e => e.Start).ThenBy(e => e.Item.SortOrder).ThenBy(e => e.Item.Id).ToArray();
        soonestFirst = [.. scheduled.Select(e => e.Item)];
        starts = [.. scheduled.Select(e => e.Start!.Value)];
        overBy = new DateTimeOffset[scheduled.Length];
        for (var i = 0; i < scheduled.Length; i++)
        {
            var over = scheduled[i].End ?? scheduled[i].Start!.Value;
            overBy[i] = i > 0 && overBy[i - 1] > over ? overBy[i - 1] : over;
        }

        newestFirst = [.. scheduled.OrderByDescending(e => e.Start).ThenBy(e => e.Item.SortOrder).ThenBy(e => e.Item.Id).Select(e => e.Item)];
        unscheduled = [.. all.Where(e => e.Start is null).OrderBy(e => e.Item.SortOrder).ThenBy(e => e.Item.Id).Select(e => e.Item)];
        unscheduledEnd = all.Any(e => e.Start is null && e.End is not null);
    }

    /// <summary>The order of <paramref name="events"/> in <paramref name="culture"/>, kept with the snapshot under <paramref name="key"/>.</summary>
    public static EventOrder Of(PublishedSnapshot snapshot, string key, string culture, Func<IEnumerable<PublishedContent>> events) =>
        snapshot.Kept($"events|{key}|{culture}", () => new EventOrder(events(), culture));

    /// <summary>
    /// Upcoming (started but not ended first, then soonest first, those without a time last) and past (newest first) at
    /// <paramref name="now"/>, as <see cref="EventSchedule.IsPast"/> tells them apart.
    /// </summary>
    public (IReadOnlyList<PublishedContent> Upcoming, IReadOnlyList<PublishedContent> Past) At(DateTimeOffset now)
    {
        var count = soonestFirst.Length;
        var future = FirstAtOrAfter(starts, now);

        // From the first event that may still be running (widened to all that start at its time, so the same events
        // are a tail of the newest-first order too) up to the first that has not started: each is checked; only that
        // band, the events started while the longest-running one has been on, is read item by item.
        var running = Math.Min(FirstAtOrAfter(overBy, now), future);
        running = running < future ? FirstAtOrAfter(starts, starts[running]) : running;
        var ongoing = new List<PublishedContent>();
        for (var i = running; i < future; i++)
        {
            if (!EventSchedule.IsPast(soonestFirst[i], culture, now))
            {
                ongoing.Add(soonestFirst[i]);
            }
        }

        var endedLately = new List<PublishedContent>();
        for (var i = count - future; i < count - running; i++)
        {
            if (EventSchedule.IsPast(newestFirst[i], culture, now))
            {
                endedLately.Add(newestFirst[i]);
            }
        }

        // Without a start an event is never over, unless it has an end all the same: then (rarely) these are checked too.
        IReadOnlyList<PublishedContent> openUnscheduled = unscheduled, pastUnscheduled = [];
        if (unscheduledEnd)
        {
            openUnscheduled = [.. unscheduled.Where(e => !EventSchedule.IsPast(e, culture, now))];
            pastUnscheduled = [.. unscheduled.Where(e => EventSchedule.IsPast(e, culture, now))];
        }

        return (
            new JoinedList([ongoing, new ArraySegment<PublishedContent>(soonestFirst, future, count - future), openUnscheduled]),
            new JoinedList([endedLately, new ArraySegment<PublishedContent>(newestFirst, count - running, running), pastUnscheduled]));
    }

    private static int FirstAtOrAfter(DateTimeOffset[] sorted, DateTimeOffset value)
    {
        var (low, high) = (0, sorted.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = sorted[middle] < value ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    /// <summary>Lists read one after another without copying them, so a page is read by index wherever it falls.</summary>
    private sealed class JoinedList(IReadOnlyList<PublishedContent>[] parts) : IReadOnlyList<PublishedContent>
    {
        public int Count { get; } = parts.Sum(p => p.Count);

        public PublishedContent this[int index]
        {
            get
            {
                foreach (var part in parts)
                {
                    if (index < part.Count)
                    {
                        return part[index];
                    }

                    index -= part.Count;
                }

                throw new ArgumentOutOfRangeException(nameof(index));
            }
        }

        public IEnumerator<PublishedContent> GetEnumerator() => parts.SelectMany(p => p).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

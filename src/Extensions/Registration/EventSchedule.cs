using Participation.Cms.PropertyEditors;
using Participation.Cms.PublishedCache;
using Participation.Cms.Site;

namespace Participation.Extensions.Registration;

/// <summary>What registration needs to know about one event item, read the same way for lists, pages, mails and checks.</summary>
public sealed record EventSchedule(
    Guid Key,
    DateTimeOffset? Start,
    DateTimeOffset? End,
    Venue? Venue,
    bool ToBeAnnounced,
    int Capacity,
    bool Waitlist,
    RegistrationWindow? Window,
    Guid? FormId)
{
    public const string ContentType = "partnershipTable";

    public static EventSchedule Of(PublishedContent item, SiteOptions site)
    {
        var culture = site.DefaultCulture;
        var start = StartOf(item, culture);
        return new EventSchedule(
            item.Key,
            start,
            EndOf(item, culture),
            item.Value<Venue>("venue", culture),
            item.Value<bool>("venueToBeAnnounced", culture) || start is null,
            Math.Max(0, item.Value<int?>("capacity", culture) ?? 0),
            item.Value<bool>("waitlist", culture),
            start is { } s ? RegistrationWindow.For(s, item.Value<int?>("registrationDeadlineDays", culture) ?? 2, site.Zone) : null,
            item.Value<Guid?>("registrationForm", culture));
    }

    public static DateTimeOffset? StartOf(PublishedContent item, string culture) => item.Value<DateTimeOffset?>("startTime", culture);

    public static DateTimeOffset? EndOf(PublishedContent item, string culture) => item.Value<DateTimeOffset?>("endTime", culture);

    /// <summary>Over when it has ended (or started, without an end); an event with no time yet is never past.</summary>
    public static bool IsPast(PublishedContent item, string culture, DateTimeOffset now) => (EndOf(item, culture) ?? StartOf(item, culture)) is { } t && t < now;

    /// <summary>Unlimited when the capacity is 0.</summary>
    public bool Fits(int seatsTaken, int party) => Capacity == 0 || seatsTaken + party <= Capacity;

    /// <summary>The <see cref="Stamp"/> of an event whose time or place is still open.</summary>
    public const string OpenStamp = "tba";

    /// <summary>Time and place as participants were told them; a change of this mails them.</summary>
    public string Stamp => ToBeAnnounced
        ? OpenStamp
        : FormattableString.Invariant($"{Start:O}|{End:O}|{Venue?.Name}|{Venue?.AddressLine}");

    /// <summary>When the event is over, or a year from now for one with no time yet.</summary>
    public DateTimeOffset EndsOr(DateTimeOffset now) => End ?? Start?.AddHours(3) ?? now.AddYears(1);
}

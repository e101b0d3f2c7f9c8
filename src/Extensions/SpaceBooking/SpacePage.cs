using Participation.Cms.Routing;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.SpaceBooking.Calendar;

namespace Participation.Extensions.SpaceBooking;

/// <summary>A space with its booking form (narrowed to its equipment), one week of its taken times and its calendar feed.</summary>
public sealed class SpacePage(PageContext context) : ContentPage(context)
{
    /// <summary>The picked form as this space shows it; null when none is picked.</summary>
    public FormDefinition? BookingForm { get; init; }

    /// <summary>Null when the picked form does not book times (no date and times to read).</summary>
    public AvailabilityWeek? Availability { get; init; }

    public string FeedUrl => Feed.BookingFeed.PathOf(Content.Key);
}

namespace Participation.Extensions.SpaceBooking.Calendar;

/// <summary>One week of a space's taken times, Monday first, on the site's clock. Times only: never who booked or why.</summary>
public sealed record AvailabilityWeek(DateOnly Monday, IReadOnlyList<AvailabilityDay> Days, string? PreviousWeek, string? NextWeek)
{
    public const string QueryKey = "week";

    /// <summary>The ISO week as the query names it (<c>2027-W03</c>).</summary>
    public string Week => WeekOf(Monday);

    public int WeekNumber => System.Globalization.ISOWeek.GetWeekOfYear(Monday.ToDateTime(TimeOnly.MinValue));

    public DateOnly Sunday => Monday.AddDays(6);

    /// <summary>More slots than one page shows were taken this week; the rest are left out rather than read.</summary>
    public bool Truncated { get; init; }

    public static string WeekOf(DateOnly monday)
    {
        var day = monday.ToDateTime(TimeOnly.MinValue);
        return FormattableString.Invariant($"{System.Globalization.ISOWeek.GetYear(day)}-W{System.Globalization.ISOWeek.GetWeekOfYear(day):00}");
    }
}

public sealed record AvailabilityDay(DateOnly Date, IReadOnlyList<AvailabilitySlot> Slots);

/// <summary>A taken time; <see cref="Pending"/> when it waits for an editor's decision.</summary>
public sealed record AvailabilitySlot(DateTimeOffset Start, DateTimeOffset End, bool Pending);

using System.Globalization;

namespace Participation.Cms.Backoffice.Editing;

/// <summary>The schedule form's date and time: wall-clock time in the site's zone, so summer time is right.</summary>
public static class ScheduleTime
{
    /// <summary>A date the calendar cannot hold in UTC (year 1, year 9999) or decades away is a typing mistake, not a schedule.</summary>
    public static bool TryRead(string? typed, TimeZoneInfo zone, out DateTimeOffset at)
    {
        at = default;
        if (!DateTime.TryParse(typed, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) || local.Year < 2000 || local.Year > 2200)
        {
            return false;
        }

        at = new DateTimeOffset(local, zone.GetUtcOffset(local));
        return true;
    }
}

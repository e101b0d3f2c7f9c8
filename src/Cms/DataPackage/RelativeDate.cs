using System.Globalization;
using System.Text.RegularExpressions;

namespace Participation.Cms.DataPackage;

/// <summary>
/// Dates in data files written relative to the import day, so demo events always lie ahead:
/// <c>@today+14d 17:30</c> is 17:30 Helsinki time fourteen days after the import; <c>@today+14wd 17:30</c> the same,
/// moved on to the next working day when that is a weekend or a public holiday (an evening event on Christmas Eve
/// would tell a reader the site is not real).
/// </summary>
public static partial class RelativeDate
{
    public static bool IsRelative(string? text) => text?.StartsWith("@today", StringComparison.Ordinal) == true;

    public static string Resolve(string text, DateTimeOffset now, TimeZoneInfo zone, bool dateOnly)
    {
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            throw new InvalidDataException($"'{text}' is not a relative date like '@today+14d 17:30' (or '@today+14wd 17:30' for the next working day).");
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var days = match.Groups["days"].Success ? int.Parse(match.Groups["days"].Value, CultureInfo.InvariantCulture) : 0;
        var date = today.AddDays(days);
        while (match.Groups["unit"].Value == "wd" && !FinnishHolidays.IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        if (dateOnly)
        {
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var time = match.Groups["time"].Success ? TimeOnly.ParseExact(match.Groups["time"].Value, "HH:mm", CultureInfo.InvariantCulture) : TimeOnly.MinValue;
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^@today(?:(?<days>[+-]\d+)(?<unit>wd|d)?)?(?: (?<time>\d{2}:\d{2}))?$")]
    private static partial Regex Pattern();
}

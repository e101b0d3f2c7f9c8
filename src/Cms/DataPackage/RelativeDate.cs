using System.Globalization;
using System.Text.RegularExpressions;

namespace Participation.Cms.DataPackage;

/// <summary>
/// Dates in data files written relative to the import day, so demo events always lie ahead:
/// <c>@today+14d 17:30</c> is 17:30 Helsinki time fourteen days after the import.
/// </summary>
public static partial class RelativeDate
{
    public static bool IsRelative(string? text) => text?.StartsWith("@today", StringComparison.Ordinal) == true;

    public static string Resolve(string text, DateTimeOffset now, TimeZoneInfo zone, bool dateOnly)
    {
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            throw new InvalidDataException($"'{text}' is not a relative date like '@today+14d 17:30'.");
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var days = match.Groups["days"].Success ? int.Parse(match.Groups["days"].Value, CultureInfo.InvariantCulture) : 0;
        var date = today.AddDays(days);
        if (dateOnly)
        {
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var time = match.Groups["time"].Success ? TimeOnly.ParseExact(match.Groups["time"].Value, "HH:mm", CultureInfo.InvariantCulture) : TimeOnly.MinValue;
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^@today(?<days>[+-]\d+)?d?(?: (?<time>\d{2}:\d{2}))?$")]
    private static partial Regex Pattern();
}

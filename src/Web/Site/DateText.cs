using System.Globalization;
using Participation.Cms.Site;

namespace Participation.Web.Site;

/// <summary>Dates and times as each language writes them: "ke 9.12.2026 klo 17.30", "ons 9.12.2026 kl. 17.30", "Wed 9 Dec 2026, 17:30".</summary>
public static class DateText
{
    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    public static string Date(DateTimeOffset moment) => WallClockText.Date(moment, Culture, Helsinki);

    public static string Date(DateOnly date) => date.ToString(Culture == "en" ? "d MMMM yyyy" : "d.M.yyyy", CultureInfo.CurrentCulture);

    public static string DateTime(DateTimeOffset moment) => WallClockText.DateTime(moment, Culture, Helsinki);

    /// <summary>"ke 9.12.2026 klo 17.30–20.30": the end's date is left out when it is the same day.</summary>
    public static string Range(DateTimeOffset start, DateTimeOffset? end) => WallClockText.Range(start, end, Culture, Helsinki);

    /// <summary>Machine-readable value for the datetime attribute of &lt;time&gt;.</summary>
    public static string Iso(DateTimeOffset moment) => Local(moment).ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture);

    public static string Money(long euros) => euros.ToString("N0", CultureInfo.CurrentCulture) + " €";

    private static DateTimeOffset Local(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Helsinki);

    private static string Culture => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}

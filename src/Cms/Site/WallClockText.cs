namespace Participation.Cms.Site;

/// <summary>
/// Dates and times as each language writes them, in the site's zone: "ke 9.12.2026 klo 17.30", "ons 9.12.2026 kl. 17.30",
/// "Wed 9 Dec 2026, 17:30". Pages and mails use the same words; a mail has no request culture, so the language is a parameter.
/// </summary>
public static class WallClockText
{
    public static string Date(DateTimeOffset moment, string language, TimeZoneInfo zone) =>
        Local(moment, zone).ToString(language == "en" ? "d MMMM yyyy" : "d.M.yyyy", SiteOptions.FormattingCulture(language));

    public static string DateTime(DateTimeOffset moment, string language, TimeZoneInfo zone) => Local(moment, zone).ToString(language switch
    {
        "sv" => "ddd d.M.yyyy 'kl.' H.mm",
        "en" => "ddd d MMM yyyy, H:mm",
        _ => "ddd d.M.yyyy 'klo' H.mm",
    }, SiteOptions.FormattingCulture(language));

    /// <summary>"ke 9.12.2026 klo 17.30–20.30": the end's date is left out when it is the same day.</summary>
    public static string Range(DateTimeOffset start, DateTimeOffset? end, string language, TimeZoneInfo zone)
    {
        if (end is not { } e)
        {
            return DateTime(start, language, zone);
        }

        var sameDay = Local(start, zone).Date == Local(e, zone).Date;
        var endText = sameDay
            ? Local(e, zone).ToString(language == "en" ? "H:mm" : "H.mm", SiteOptions.FormattingCulture(language))
            : DateTime(e, language, zone);
        return $"{DateTime(start, language, zone)}–{endText}";
    }

    private static DateTimeOffset Local(DateTimeOffset moment, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(moment, zone);
}

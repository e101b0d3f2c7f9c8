using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Participation.Cms.Site;

/// <summary>
/// Bound from <c>Cms:Site</c> and checked at start: the site's languages, its time zone and the address it is
/// reached at. Nothing in the engine names a culture or a zone itself; it reads them here.
/// </summary>
public sealed class SiteOptions : IValidatableObject
{
    /// <summary>The default culture lives at the site root; the others under their own prefix (<c>/sv/</c>, <c>/en/</c>).</summary>
    [Required]
    [RegularExpression("^[a-z]{2,3}(-[A-Z]{2})?$")]
    public string DefaultCulture { get; set; } = "fi";

    [MinLength(1)]
    public List<string> Cultures { get; set; } = ["fi", "sv", "en"];

    /// <summary>Where wall-clock times (events, schedules, date inputs) are read and shown.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Helsinki";

    /// <summary>The public address used for absolute links (feeds, share cards, mails), e.g. <c>https://osallisuus.fi</c>.</summary>
    [Required]
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:5080");

    /// <summary>
    /// The zone of <see cref="TimeZone"/>. The start-up check reads every property, this one too, before it refuses an
    /// unknown zone with its own message, so this getter must not throw; a host that passed the check never sees UTC here.
    /// </summary>
    public TimeZoneInfo Zone => TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    public string UrlPrefix(string culture) => culture == DefaultCulture ? "" : "/" + culture;

    /// <summary>The .NET culture used for dates and numbers on pages of a content culture (Finnish-region variants first).</summary>
    public static CultureInfo FormattingCulture(string culture) => culture switch
    {
        "fi" => CultureInfo.GetCultureInfo("fi-FI"),
        "sv" => CultureInfo.GetCultureInfo("sv-FI"),
        "en" => CultureInfo.GetCultureInfo("en-GB"),
        _ => CultureInfo.GetCultureInfo(culture),
    };

    /// <summary>
    /// Runs after binding: the configuration binder adds configured cultures to the default list instead of replacing
    /// it ("fi, en" would become "fi, sv, en, fi, en"), so a configured list is read again and replaces the defaults.
    /// </summary>
    public static void UseConfiguredCultures(SiteOptions options, IConfiguration configuration)
    {
        if (configuration.GetSection("Cms:Site:Cultures").Get<List<string>>() is { Count: > 0 } configured)
        {
            options.Cultures = configured;
        }
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Cultures.Contains(DefaultCulture))
        {
            yield return new ValidationResult($"Cms:Site:Cultures must contain the default culture '{DefaultCulture}'.", [nameof(Cultures)]);
        }

        if (Cultures.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            yield return new ValidationResult($"Cms:Site:Cultures lists '{twice.Key}' twice.", [nameof(Cultures)]);
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"Cms:Site:TimeZone '{TimeZone}' is not a known time zone.", [nameof(TimeZone)]);
        }

        if (!PublicBaseUrl.IsAbsoluteUri || PublicBaseUrl.Scheme is not ("http" or "https"))
        {
            yield return new ValidationResult("Cms:Site:PublicBaseUrl must be an absolute http(s) address.", [nameof(PublicBaseUrl)]);
        }
    }
}

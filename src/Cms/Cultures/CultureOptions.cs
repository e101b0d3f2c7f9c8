using System.Globalization;

namespace Participation.Cms.Cultures;

/// <summary>
/// The site's languages. Finnish is the default and lives at the site root; the others under
/// their own prefix (<c>/sv/</c>, <c>/en/</c>), as Umbraco does with culture domains.
/// </summary>
public sealed class CultureOptions
{
    public string Default { get; set; } = "fi";

    public IReadOnlyList<string> Supported { get; set; } = ["fi", "sv", "en"];

    public string UrlPrefix(string culture) => culture == Default ? "" : "/" + culture;

    /// <summary>The .NET culture used for dates and numbers on pages of a content culture.</summary>
    public static CultureInfo FormattingCulture(string culture) => culture switch
    {
        "fi" => CultureInfo.GetCultureInfo("fi-FI"),
        "sv" => CultureInfo.GetCultureInfo("sv-FI"),
        "en" => CultureInfo.GetCultureInfo("en-GB"),
        _ => CultureInfo.GetCultureInfo(culture),
    };
}

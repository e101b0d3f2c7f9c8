namespace Participation.Extensions.Sharing;

/// <summary>Open Graph locales of the site's cultures: Finland's Finnish and Swedish, and British English.</summary>
internal static class ShareLocale
{
    public static string Of(string culture) => culture switch
    {
        "fi" => "fi_FI",
        "sv" => "sv_FI",
        "en" => "en_GB",
        _ => culture,
    };
}

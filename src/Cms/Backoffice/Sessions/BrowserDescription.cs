namespace Participation.Cms.Backoffice.Sessions;

/// <summary>
/// "Firefox" and "Linux" from a User-Agent header: enough for a user to tell their laptop from their phone, and no more
/// (no versions, no device models). Order matters: Edge and Opera also say Chrome, Chrome also says Safari, Android also
/// says Linux.
/// </summary>
internal static class BrowserDescription
{
    private static readonly (string Token, string Name)[] Browsers =
    [
        ("Edg/", "Edge"), ("EdgA/", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"), ("FxiOS/", "Firefox"),
        ("Chrome/", "Chrome"), ("CriOS/", "Chrome"), ("Safari/", "Safari"),
    ];

    private static readonly (string Token, string Name)[] Platforms =
    [
        ("Windows", "Windows"), ("Android", "Android"), ("iPhone", "iOS"), ("iPad", "iPadOS"), ("CrOS", "ChromeOS"),
        ("Mac OS X", "macOS"), ("Macintosh", "macOS"), ("Linux", "Linux"),
    ];

    public static (string? Browser, string? Platform) Of(string? userAgent) =>
        string.IsNullOrEmpty(userAgent) ? (null, null) : (First(Browsers, userAgent), First(Platforms, userAgent));

    private static string? First((string Token, string Name)[] names, string userAgent) =>
        names.FirstOrDefault(n => userAgent.Contains(n.Token, StringComparison.Ordinal)).Name;
}

namespace Participation.Web.Search;

/// <summary>
/// The kinds of result a resident can narrow the site search to, each one or more content types. The key is what the
/// address carries (<c>?tyyppi=yhdistykset</c>); every other routable type counts as a page.
/// </summary>
internal static class SearchTypes
{
    public const string Pages = "sivut";

    public static IReadOnlyList<(string Key, string[] ContentTypes)> Groups { get; } =
    [
        ("uutiset", ["newsArticle"]),
        ("blogi", ["blogPost"]),
        ("yhdistykset", ["association"]),
        ("kumppanuuspoydat", ["partnershipTable"]),
        ("hankkeet", ["project"]),
        ("tilat", ["space"]),
        ("aluetoimikunnat", ["areaCommittee"]),
    ];

    /// <summary>Never results: the front page and the search page itself.</summary>
    public static IReadOnlySet<string> Hidden { get; } = new HashSet<string>(StringComparer.Ordinal) { "home", "search" };

    public static string KeyOf(string contentType) =>
        Groups.FirstOrDefault(g => g.ContentTypes.Contains(contentType, StringComparer.Ordinal)).Key ?? Pages;
}

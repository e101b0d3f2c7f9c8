using Microsoft.AspNetCore.Http.HttpResults;
using Participation.Cms.Search;
using Participation.Cms.Site;
using Participation.Web.Localization;

namespace Participation.Web.Search;

/// <summary>
/// <c>GET /api/search/suggestions?q=&amp;culture=</c>: the first few results for what has been typed so far, for the
/// search box's list of suggestions (progressive enhancement: the search page works without it). One index search of
/// one small page per request.
/// </summary>
internal static class SuggestionsEndpoint
{
    private const int Take = 6;
    private const int MaxQueryLength = 200;

    public static WebApplication MapSiteSearch(this WebApplication app)
    {
        app.MapGet("/api/search/suggestions", Suggest);
        return app;
    }

    private static Results<Ok<Suggestions>, ValidationProblem> Suggest(string? q, string? culture, ContentSearch search, SiteOptions site, UiText ui)
    {
        culture ??= site.DefaultCulture;
        var errors = new Dictionary<string, string[]>();
        if (!site.Cultures.Contains(culture))
        {
            errors["culture"] = [$"Unknown culture; use one of {string.Join(", ", site.Cultures)}."];
        }

        if (q is { Length: > MaxQueryLength })
        {
            errors["q"] = [$"At most {MaxQueryLength} characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var text = q?.Trim() ?? "";
        if (text.Length < 2)
        {
            return TypedResults.Ok(new Suggestions(text, []));
        }

        var result = search.Search(new ContentQuery(text, culture) { Take = Take + 2, Highlight = false });
        var items = result.Hits.Where(h => !SearchTypes.Hidden.Contains(h.ContentType) && h.Url is not null).Take(Take)
            .Select(h => new Suggestion(h.Name, h.Url!, ui.Get(culture, "searchType_" + SearchTypes.KeyOf(h.ContentType))))
            .ToList();
        return TypedResults.Ok(new Suggestions(text, items));
    }

    internal sealed record Suggestions(string Query, IReadOnlyList<Suggestion> Items);

    internal sealed record Suggestion(string Name, string Url, string Kind);
}

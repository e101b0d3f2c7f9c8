using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Participation.Cms.PublishedCache;

namespace Participation.Extensions.AssociationDirectory;

/// <summary>
/// <c>GET /api/directory</c>: the directory as JSON, with the same query string as the page (q, kunta, alue, teema,
/// kohderyhma, jarjestys, sivu), so a page's address and its data share one set of parameters.
/// </summary>
internal static class DirectoryApiEndpoint
{
    public static WebApplication MapDirectory(this WebApplication app)
    {
        app.MapGet("/api/directory", Get);
        return app;
    }

    private static Results<Ok<DirectoryJson>, NotFound> Get(HttpRequest request, PublishedSnapshotService snapshots, DirectorySearch search)
    {
        var snapshot = snapshots.Current;
        if (snapshot.OfType("directory").FirstOrDefault() is not { } directory)
        {
            return TypedResults.NotFound();
        }

        var query = DirectoryQuery.From(request.Query);
        var result = search.Find(snapshot, directory, query);
        var items = result.Associations.Select(a => new AssociationJson(
            a.Key,
            a.Name(DirectorySearch.Culture),
            a.Url(DirectorySearch.Culture),
            a.Value<string>("municipality", DirectorySearch.Culture),
            a.Value<string[]>("areas", DirectorySearch.Culture) ?? [],
            a.Value<string[]>("themes", DirectorySearch.Culture) ?? [],
            a.Value<string[]>("targetGroups", DirectorySearch.Culture) ?? [],
            a.Value<string>("summary", DirectorySearch.Culture))).ToList();
        var facets = DirectoryQuery.FacetKeys.ToDictionary(
            f => f.Key,
            f => result.Facets.GetValueOrDefault(f.Field, []).Select(c => new FacetJson(c.Value, c.Count, query.Chosen(f.Field).Contains(c.Value))).ToList());
        return TypedResults.Ok(new DirectoryJson(result.Total, result.PageNumber, result.PageCount, DirectoryQuery.PageSize, items, facets));
    }

    internal sealed record DirectoryJson(int Total, int Page, int PageCount, int PageSize, IReadOnlyList<AssociationJson> Items, IReadOnlyDictionary<string, List<FacetJson>> Facets);

    internal sealed record AssociationJson(Guid Key, string Name, string? Url, string? Municipality, string[] Areas, string[] Themes, string[] TargetGroups, string? Summary);

    internal sealed record FacetJson(string Value, int Count, bool Chosen);
}

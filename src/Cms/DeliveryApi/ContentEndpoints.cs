using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Participation.Cms.ContentTypes;
using Participation.Cms.DeliveryApi.Caching;
using Participation.Cms.DeliveryApi.Querying;
using Participation.Cms.DeliveryApi.Reference;
using Participation.Cms.DeliveryApi.Rendering;
using Participation.Cms.PropertyEditors;
using Participation.Cms.PublishedCache;
using Participation.Cms.Routing.Redirects;
using Participation.Cms.Site;

namespace Participation.Cms.DeliveryApi;

/// <summary>
/// <c>/umbraco/delivery/api/v2/content</c>: the query, an item by key, by path, and several by key (reference 1.1).
/// Every answer comes from the in-memory snapshot; no request reads the database.
/// </summary>
internal static class ContentEndpoints
{
    public static void MapContentEndpoints(this RouteGroupBuilder api)
    {
        var content = api.MapGroup("/content").CacheOutput(DeliveryOutputCachePolicy.Content).WithTags("Content");
        var headers = ApiParameters.ContentHeaders;
        content.MapGet("", QueryAsync).WithName("GetContent").Answers().WithMetadata(new ApiDoc(
            "Query content.",
            "A page of items from the published snapshot: a fetch, then filters (AND; commas inside one are OR), then sorts (the first is primary). total is exact; no result cap.",
            [new("fetch", ApiParameterIn.Query, "ancestors:, children: or descendants: with a key or a path; all content (below Start-Item) when absent.", "children:/uutiset/"),
             new("filter", ApiParameterIn.Query, "contentType:a,b (!a,b negates), name:text (contains), createDate/updateDate with : > >: < <: and an ISO date; this site also filters any text, date, number or true/false property by its alias (municipality:Kouvola, startTime>:2026-05-01) and q:words searches the text on the site search's index (Finnish word forms, typos), best first unless sorted.", "contentType:newsArticle", Repeats: true),
             new("sort", ApiParameterIn.Query, "createDate, updateDate, level, sortOrder, name or a property alias, then :asc or :desc.", "updateDate:desc", Repeats: true),
             ApiParameters.Skip, ApiParameters.Take, ApiParameters.Expand, ApiParameters.Fields, .. headers]));

        // The {id:guid} route wins over the catch-all path, so a path that reads as a GUID is taken as a key (as in Umbraco).
        content.MapGet("/item/{id:guid}", ByIdAsync).WithName("GetContentItemById").Answers().WithMetadata(new ApiDoc(
            "One item by its key.", "404 when it is not published, not routable in the culture or of a hidden type.",
            [new("id", ApiParameterIn.Path, "The item's key (a GUID)."), ApiParameters.Expand, ApiParameters.Fields, .. headers]));
        content.MapGet("/item/{**path}", ByPathAsync).WithName("GetContentItemByPath").Answers().WithMetadata(new ApiDoc(
            "One item by its route.", "The path below the start item, with or without slashes; /preview-{key} in preview.",
            [new("path", ApiParameterIn.Path, "The route, e.g. uutiset/asukasiltojen-uusi-kierros."), ApiParameters.Expand, ApiParameters.Fields, .. headers]));
        content.MapGet("/items", ItemsAsync).WithName("GetContentItems").Answers().WithMetadata(new ApiDoc(
            "Several items by key.", "A bare array in the order asked; unknown keys are left out, duplicates count once.",
            [new("id", ApiParameterIn.Query, "A key; repeat for more.", Repeats: true), ApiParameters.Expand, ApiParameters.Fields, .. headers]));
    }

    private static async Task<IResult> QueryAsync(HttpContext http, DeliveryRequestReader reader, QueryRunner runner, ContentRenderer renderer, ContentTypeService types, PropertyEditorCollection editors, SiteOptions site, IOptions<DeliveryApiOptions> options)
    {
        return await HandleAsync(http, reader, async request =>
        {
            var parsed = QuerySyntax.Parse(RequestQuery.Param(http, "fetch").FirstOrDefault(), RequestQuery.Param(http, "filter"), RequestQuery.Param(http, "sort"), await types.GetAllAsync(null, http.RequestAborted), editors, site.Zone);
            var skip = RequestQuery.Skip(http);
            var take = RequestQuery.Take(http, options.Value.MaxTake);
            var scope = RequestQuery.Scope(http);
            var matches = runner.Run(parsed, request);
            var session = await renderer.StartAsync(request, scope, http.RequestAborted);
            var items = new JsonArray();
            foreach (var item in matches.Skip(skip).Take(take))
            {
                items.Add(renderer.Item(item, session));
            }

            // A list can change with any change anywhere: it is evicted by every change, not by the items it shows.
            DeliveryOutputCachePolicy.Tag(http, [DeliveryOutputCachePolicy.QueryTag]);
            return DeliveryJson.Ok(new JsonObject { ["total"] = (long)matches.Count, ["items"] = items });
        });
    }

    private static Task<IResult> ByIdAsync(Guid id, HttpContext http, DeliveryRequestReader reader, QueryRunner runner, ContentRenderer renderer) =>
        HandleAsync(http, reader, request => OneAsync(request.Snapshot.GetByKey(id), request, http, runner, renderer));

    private static Task<IResult> ByPathAsync(string? path, HttpContext http, DeliveryRequestReader reader, QueryRunner runner, ContentRenderer renderer, ApiRouting routing, RedirectTable redirects) =>
        HandleAsync(http, reader, async request =>
        {
            // Route values keep %2F encoded; Umbraco decodes once more so a path sent encoded still resolves.
            var decoded = Uri.UnescapeDataString(path ?? "");
            var item = routing.ByPath(decoded, request);
            if (item is null && await redirects.FindAsync(request.Snapshot, request.Culture, decoded, http.RequestAborted) is { } moved
                && runner.Visible(moved, request) && routing.Route(moved, request) is { } route)
            {
                // Umbraco's redirect answer: the new path, and the start item it is below.
                http.Response.Headers["Location-Start-Item-Path"] = (string?)route["startItem"]!["path"];
                http.Response.Headers["Location-Start-Item-Id"] = (string?)route["startItem"]!["id"];
                return Results.Redirect((string)route["path"]!, permanent: true);
            }

            return await OneAsync(item, request, http, runner, renderer);
        });

    private static Task<IResult> ItemsAsync(HttpContext http, DeliveryRequestReader reader, QueryRunner runner, ContentRenderer renderer, IOptions<DeliveryApiOptions> options) =>
        HandleAsync(http, reader, async request =>
        {
            var ids = RequestQuery.Param(http, "id");
            if (ids.Count > options.Value.MaxTake)
            {
                throw new DeliveryQueryException("Too many ids", $"Ask for at most {options.Value.MaxTake} items at once.");
            }

            // Unknown, unroutable or hidden ids are left out without an error; duplicates count once.
            var keys = ids.Select(v => Guid.TryParse(v, out var k) ? k : Guid.Empty).Where(k => k != Guid.Empty).Distinct();
            var session = await renderer.StartAsync(request, RequestQuery.Scope(http), http.RequestAborted);
            var items = new JsonArray();
            foreach (var item in keys.Select(request.Snapshot.GetByKey).OfType<PublishedContent>().Where(i => runner.Visible(i, request)))
            {
                items.Add(renderer.Item(item, session));
            }

            TagShown(http, session);
            return DeliveryJson.Ok(items);
        });

    private static async Task<IResult> OneAsync(PublishedContent? item, DeliveryRequest request, HttpContext http, QueryRunner runner, ContentRenderer renderer)
    {
        if (item is null || !runner.Visible(item, request))
        {
            return DeliveryJson.NotFound();
        }

        var session = await renderer.StartAsync(request, RequestQuery.Scope(http), http.RequestAborted);
        var body = renderer.Item(item, session);
        TagShown(http, session);
        return DeliveryJson.Ok(body);
    }

    /// <summary>
    /// The common frame: access and headers first (401 and the Start-Item 404 before anything else), then Umbraco's
    /// response headers, and any query error as a 400 ProblemDetails.
    /// </summary>
    private static async Task<IResult> HandleAsync(HttpContext http, DeliveryRequestReader reader, Func<DeliveryRequest, Task<IResult>> answer)
    {
        http.Response.Headers.Append("Vary", "Accept-Language, Preview, Start-Item");
        var (request, refusal) = await reader.ReadAsync(http);
        if (request is null)
        {
            DeliveryOutputCachePolicy.DoNotStore(http);
            return refusal!;
        }

        if (!request.Cacheable)
        {
            DeliveryOutputCachePolicy.DoNotStore(http);
        }

        http.Response.Headers.ContentLanguage = request.Culture;
        try
        {
            return await answer(request);
        }
        catch (DeliveryQueryException error)
        {
            DeliveryOutputCachePolicy.DoNotStore(http);
            return DeliveryJson.Problem(error);
        }
    }

    /// <summary>An item's answer is evicted when it, an ancestor (its route) or anything it shows changes.</summary>
    private static void TagShown(HttpContext http, RenderSession session)
    {
        var snapshot = session.Request.Snapshot;
        var keys = new HashSet<Guid>(session.Shown);
        foreach (var key in session.Shown)
        {
            if (snapshot.GetByKey(key) is { } item)
            {
                keys.UnionWith(snapshot.Ancestors(item).Select(a => a.Key));
            }
        }

        DeliveryOutputCachePolicy.Tag(http, keys.Select(DeliveryOutputCachePolicy.KeyTag));
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Participation.Cms.PublishedCache;
using Participation.Cms.Site;

namespace Participation.Extensions.Sharing.Images;

/// <summary>
/// <c>/jako/{key}/{culture}.png</c> (drawn) and <c>.jpg</c> (the photo, cropped): only for items published in that
/// culture. The address a card names carries <c>?v=</c> the item's stamp; that version is kept by caches for a year,
/// any other for a few minutes, since it may change.
/// </summary>
internal static class ShareImageEndpoint
{
    public static IEndpointRouteBuilder MapShareImages(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/jako/{key}/{culture}.{extension}", [HttpMethods.Get, HttpMethods.Head], ServeAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ServeAsync(
        string key, string culture, string extension, HttpContext http, PublishedSnapshotService snapshots, SiteOptions site, ShareImageMaker maker, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(key, out var itemKey) || extension is not ("png" or "jpg"))
        {
            return TypedResults.Problem("Ask for /jako/{key}/{culture}.png or .jpg, with the item's key (a GUID).", statusCode: StatusCodes.Status400BadRequest, title: "Invalid share image");
        }

        var snapshot = snapshots.Current;
        if (!site.Cultures.Contains(culture) || snapshot.GetByKey(itemKey) is not { } item || !item.IsRoutable(culture))
        {
            return TypedResults.NotFound();
        }

        var path = await maker.GetAsync(snapshot, item, culture, extension == "jpg", cancellationToken);
        if (path is null)
        {
            return TypedResults.NotFound();
        }

        http.Response.Headers.CacheControl = http.Request.Query["v"] == ShareImages.Stamp(item, snapshot, culture) ? "public, max-age=31536000, immutable" : "public, max-age=300";
        return TypedResults.PhysicalFile(path, extension == "png" ? "image/png" : "image/jpeg");
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.PublishedCache;
using Participation.Extensions.Sharing.Images;

namespace Participation.Extensions.Sharing.Preview;

/// <summary>
/// <c>/umbraco/sharing/preview/{key}/{culture}.png</c>: the image a draft would be shared with, drawn for the edit page's
/// preview. Backoffice users only, never stored (a draft may say what must not be public yet).
/// </summary>
internal static class DraftImageEndpoint
{
    public static string PathOf(Guid key, string culture, string stamp) => $"/umbraco/sharing/preview/{key}/{culture}.png?v={stamp}";

    public static IEndpointRouteBuilder MapDraftShareImages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/umbraco/sharing/preview/{key:guid}/{culture}.png", async (Guid key, string culture, PublishedSnapshotService snapshots, ShareImageMaker maker, CancellationToken cancellationToken) =>
        {
            var snapshot = await snapshots.PreviewAsync(key, cancellationToken);
            return snapshot.GetByKey(key) is { } item && item.Cultures.ContainsKey(culture)
                ? Results.Bytes(maker.Draw(snapshot, item, culture), "image/png")
                : Results.NotFound();
        }).RequireAuthorization(BackofficePolicies.Access).ExcludeFromDescription();
        return app;
    }
}

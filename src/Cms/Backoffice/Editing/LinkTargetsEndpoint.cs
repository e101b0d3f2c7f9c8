using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.PublishedCache;
using Participation.Cms.Site;

namespace Participation.Cms.Backoffice.Editing;

/// <summary>
/// What the rich-text editor offers when an editor adds a link or an image: the site's published pages and the
/// media library, so internal links are picked, not typed.
/// </summary>
internal static class LinkTargetsEndpoint
{
    public sealed record Target(string Name, string Url);

    public sealed record Targets(IReadOnlyList<Target> Content, IReadOnlyList<Target> Media);

    public static IEndpointRouteBuilder MapLinkTargets(this IEndpointRouteBuilder app)
    {
        app.MapGet("/umbraco/api/link-targets", (PublishedSnapshotService snapshots, SiteOptions site) =>
            {
                var snapshot = snapshots.Current;
                var culture = site.DefaultCulture;
                var content = snapshot.All.Where(c => c.IsRoutable(culture))
                    .OrderBy(c => c.Url(culture), StringComparer.Ordinal)
                    .Select(c => new Target(c.Name(culture), c.Url(culture)!))
                    .ToList();
                var media = snapshot.AllMedia.Where(m => m.Width is not null)
                    .OrderBy(m => m.Name, StringComparer.Ordinal)
                    .Select(m => new Target(m.Name, m.Url))
                    .ToList();
                return TypedResults.Ok(new Targets(content, media));
            })
            .RequireAuthorization(BackofficePolicies.Access)
            .ExcludeFromDescription();
        return app;
    }
}

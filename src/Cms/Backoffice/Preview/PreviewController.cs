using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Participation.Cms.Backoffice.Text;
using Participation.Cms.Site;
using Participation.Cms.PublishedCache;
using Participation.Cms.Routing;
using Participation.Cms.Security;

namespace Participation.Cms.Backoffice.Preview;

/// <summary>Shows a draft in the real template, behind a signed link; never cached, never indexed.</summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class PreviewController(PreviewLinks links, PublishedSnapshotService snapshots, PageRenderer renderer, SiteOptions site, BackofficeText text, TimeProvider clock) : Controller
{
    [HttpGet("/umbraco/preview/{key:guid}")]
    public async Task<IActionResult> Show(Guid key, string? culture, string? token, CancellationToken cancellationToken)
    {
        culture ??= site.DefaultCulture;
        var cookie = PreviewLinks.Cookie(key, culture, (Request.PathBase + Request.Path).ToUriComponent());
        if (links.Expires(key, culture, token ?? cookie.Read(HttpContext)) is not { } expires)
        {
            return Problem(text["preview.expired"], statusCode: StatusCodes.Status403Forbidden, title: text["preview.unavailable"]);
        }

        if (token is not null)
        {
            SecurityHeaders.AllowFramingBySite(HttpContext); // the backoffice's preview frame follows this answer too
            // The link's first open: the token moves into a cookie and out of the address (ASVS 14.2.1).
            return LinkTokenCookie.SeeOther(cookie.Swap(HttpContext, token, expires, clock.GetUtcNow(), "", "token"));
        }

        var snapshot = await snapshots.PreviewAsync(key, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        Response.Headers["X-Robots-Tag"] = "noindex";
        SecurityHeaders.AllowFramingBySite(HttpContext);
        ViewData["Preview"] = true;
        return await renderer.RenderAsync(this, snapshot.GetByKey(key), culture, snapshot, cancellationToken);
    }
}

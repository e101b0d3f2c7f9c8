using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Participation.Cms.Backoffice.Text;
using Participation.Cms.Site;
using Participation.Cms.PublishedCache;
using Participation.Cms.Routing;

namespace Participation.Cms.Backoffice.Preview;

/// <summary>Shows a draft in the real template, behind a signed link; never cached, never indexed.</summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class PreviewController(PreviewLinks links, PublishedSnapshotService snapshots, PageRenderer renderer, SiteOptions site, BackofficeText text) : Controller
{
    [HttpGet("/umbraco/preview/{key:guid}")]
    public async Task<IActionResult> Show(Guid key, string? culture, string? token, CancellationToken cancellationToken)
    {
        culture ??= site.DefaultCulture;
        if (!links.IsValid(key, culture, token))
        {
            return Problem(text["preview.expired"], statusCode: StatusCodes.Status403Forbidden, title: text["preview.unavailable"]);
        }

        var snapshot = await snapshots.PreviewAsync(key, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        Response.Headers["X-Robots-Tag"] = "noindex";
        Participation.Cms.Security.SecurityHeaders.AllowFramingBySite(HttpContext);
        ViewData["Preview"] = true;
        return await renderer.RenderAsync(this, snapshot.GetByKey(key), culture, snapshot, cancellationToken);
    }
}

using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Participation.Cms.PublishedCache;
using Participation.Cms.Routing.Redirects;

namespace Participation.Cms.Routing;

/// <summary>
/// The fallback endpoint of the public site: resolves the path against the published snapshot and renders
/// <c>Views/&lt;contentType&gt;.cshtml</c>. A GET never touches the database. A POST to a page goes to the
/// <see cref="IPagePostHandler"/> of its content type, after the antiforgery check.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class RenderController(
    PublishedSnapshotService snapshots,
    RouteResolver resolver,
    PageRenderer renderer,
    IEnumerable<IPagePostHandler> postHandlers,
    IAntiforgery antiforgery,
    RedirectTable redirects) : Controller
{
    [HttpGet]
    [HttpHead]
    [HttpPost]
    [PageCache.CachedPageEndpoint]
    public async Task<IActionResult> Render(CancellationToken cancellationToken)
    {
        if (HttpMethods.IsPost(Request.Method))
        {
            return await PostAsync(cancellationToken);
        }

        var snapshot = snapshots.Current;
        var content = resolver.Resolve(snapshot, Request.Path.Value ?? "/", out var culture);
        if (content is null && await redirects.FindAsync(snapshot, culture, resolver.Split(Request.Path.Value ?? "/").Route, cancellationToken) is { } moved
            && moved.Url(culture) is { } url)
        {
            return RedirectPermanent(url + Request.QueryString); // renamed or moved: old links keep working
        }

        return await renderer.RenderAsync(this, content, culture, snapshot, cancellationToken);
    }

    private async Task<IActionResult> PostAsync(CancellationToken cancellationToken)
    {
        var snapshot = snapshots.Current;
        var content = resolver.Resolve(snapshot, Request.Path.Value ?? "/", out var culture);
        if (content is null || renderer.ViewPath(content) is null)
        {
            return PageRenderer.NotFound(this, culture, snapshot);
        }

        // The page's own handler first, then those that serve any page (forms picked by the page).
        var candidates = postHandlers.Where(h => h.ContentType == content.ContentTypeAlias)
            .Concat(postHandlers.Where(h => h.ContentType is null)).ToList();
        if (candidates.Count == 0)
        {
            return MethodNotAllowed();
        }

        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            return Problem(statusCode: StatusCodes.Status400BadRequest, title: "The form has expired. Reload the page and send it again.");
        }

        var context = new PageContext(content, culture, snapshot, HttpContext);
        if (candidates.FirstOrDefault(h => h.Accepts(context)) is not { } handler)
        {
            return MethodNotAllowed();
        }

        var result = await handler.HandleAsync(context, cancellationToken);
        return result.RedirectUrl is { } url ? LocalRedirect(url) : renderer.Render(this, result.Page!, result.StatusCode);
    }

    private StatusCodeResult MethodNotAllowed()
    {
        Response.Headers.Allow = "GET, HEAD";
        return StatusCode(StatusCodes.Status405MethodNotAllowed);
    }
}

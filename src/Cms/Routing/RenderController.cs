using Microsoft.AspNetCore.Mvc;
using Participation.Cms.PublishedCache;

namespace Participation.Cms.Routing;

/// <summary>
/// The fallback endpoint of the public site: resolves the path against the published snapshot and renders
/// <c>Views/&lt;contentType&gt;.cshtml</c>. Never touches the database.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class RenderController(PublishedSnapshotService snapshots, RouteResolver resolver, PageRenderer renderer) : Controller
{
    [HttpGet]
    [HttpHead]
    public IActionResult Render()
    {
        var snapshot = snapshots.Current;
        var content = resolver.Resolve(snapshot, Request.Path.Value ?? "/", out var culture);
        return renderer.Render(this, content, culture, snapshot);
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Participation.Cms.Cultures;
using Participation.Cms.PublishedCache;

namespace Participation.Cms.Routing;

/// <summary>
/// The fallback endpoint of the public site: resolves the path against the published snapshot and renders
/// <c>Views/&lt;contentType&gt;.cshtml</c>. Never touches the database.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class RenderController(
    PublishedSnapshotService snapshots,
    RouteResolver resolver,
    ICompositeViewEngine viewEngine,
    IEnumerable<IPageModelBuilder> builders) : Controller
{
    [HttpGet]
    [HttpHead]
    public IActionResult Render()
    {
        var snapshot = snapshots.Current;
        var path = Request.Path.Value ?? "/";
        var content = resolver.Resolve(snapshot, path, out var culture);
        UseCulture(culture);
        var viewPath = content is null ? null : $"~/Views/{content.ContentTypeAlias}.cshtml";
        if (content is null || !viewEngine.GetView(null, viewPath!, isMainPage: true).Success)
        {
            return NotFoundPage(culture, snapshot, path);
        }

        var builder = builders.FirstOrDefault(b => b.ContentType == content.ContentTypeAlias);
        var model = builder?.Build(content, culture, HttpContext) ?? new ContentPage(content, culture);
        return View(viewPath, model);
    }

    private ViewResult NotFoundPage(string culture, PublishedSnapshot snapshot, string path)
    {
        var result = View("~/Views/NotFound.cshtml", new NotFoundPage(culture, snapshot, path));
        result.StatusCode = StatusCodes.Status404NotFound;
        return result;
    }

    private void UseCulture(string culture)
    {
        var formatting = CultureOptions.FormattingCulture(culture);
        CultureInfo.CurrentCulture = formatting;
        CultureInfo.CurrentUICulture = formatting;
        Response.Headers.ContentLanguage = culture;
    }
}

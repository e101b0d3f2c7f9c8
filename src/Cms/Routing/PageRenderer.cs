using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Participation.Cms.Cultures;
using Participation.Cms.PublishedCache;

namespace Participation.Cms.Routing;

/// <summary>Renders an item with <c>Views/&lt;contentType&gt;.cshtml</c> and its page model, for the public site and previews alike.</summary>
public sealed class PageRenderer(ICompositeViewEngine viewEngine, IEnumerable<IPageModelBuilder> builders)
{
    /// <summary>The page, or the 404 page when there is no item or no template for it.</summary>
    public ViewResult Render(Controller controller, PublishedContent? content, string culture, PublishedSnapshot snapshot)
    {
        UseCulture(controller.HttpContext, culture);
        var viewPath = content is null ? null : $"~/Views/{content.ContentTypeAlias}.cshtml";
        if (content is null || !viewEngine.GetView(null, viewPath!, isMainPage: true).Success)
        {
            var notFound = controller.View("~/Views/NotFound.cshtml", new NotFoundPage(culture, snapshot, controller.Request.Path));
            notFound.StatusCode = StatusCodes.Status404NotFound;
            return notFound;
        }

        var builder = builders.FirstOrDefault(b => b.ContentType == content.ContentTypeAlias);
        var model = builder?.Build(content, culture, controller.HttpContext) ?? new ContentPage(content, culture);
        return controller.View(viewPath, model);
    }

    private static void UseCulture(HttpContext http, string culture)
    {
        var formatting = CultureOptions.FormattingCulture(culture);
        CultureInfo.CurrentCulture = formatting;
        CultureInfo.CurrentUICulture = formatting;
        http.Response.Headers.ContentLanguage = culture;
    }
}

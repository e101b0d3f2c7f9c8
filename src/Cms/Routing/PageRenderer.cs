using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Participation.Cms.PublishedCache;
using Participation.Cms.Site;

namespace Participation.Cms.Routing;

/// <summary>Renders an item with <c>Views/&lt;contentType&gt;.cshtml</c> and its page model, for the public site and previews alike.</summary>
public sealed class PageRenderer(ICompositeViewEngine viewEngine, IEnumerable<IPageModelBuilder> builders)
{
    private readonly Dictionary<string, IPageModelBuilder> byType = builders.ToDictionary(b => b.ContentType, StringComparer.Ordinal);

    /// <summary>The template of an item, or null when its type has none (the item then renders as not found).</summary>
    public string? ViewPath(PublishedContent? content)
    {
        var path = content is null ? null : $"~/Views/{content.ContentTypeAlias}.cshtml";
        return path is not null && viewEngine.GetView(null, path, isMainPage: true).Success ? path : null;
    }

    /// <summary>The page, or the 404 page when there is no item or no template for it.</summary>
    public async Task<IActionResult> RenderAsync(Controller controller, PublishedContent? content, string culture, PublishedSnapshot snapshot, CancellationToken cancellationToken)
    {
        UseCulture(controller.HttpContext, culture);
        if (ViewPath(content) is not { } viewPath)
        {
            return NotFound(controller, culture, snapshot);
        }

        var model = await BuildAsync(new PageContext(content!, culture, snapshot, controller.HttpContext), cancellationToken);
        if (model.SeeOther is { } location)
        {
            return Security.LinkTokenCookie.SeeOther(location);
        }

        return new InCulture(culture, controller.View(viewPath, model));
    }

    /// <summary>The page model its type's builder makes, or a plain <see cref="ContentPage"/>; POST handlers show a page again with it.</summary>
    public async Task<ContentPage> BuildAsync(PageContext context, CancellationToken cancellationToken) =>
        byType.TryGetValue(context.Content.ContentTypeAlias, out var builder)
            ? await builder.BuildAsync(context, cancellationToken)
            : new ContentPage(context);

    /// <summary>A page model built elsewhere (by a POST handler), shown with its item's template.</summary>
    public IActionResult Render(Controller controller, ContentPage page, int statusCode)
    {
        UseCulture(controller.HttpContext, page.Culture);
        var view = controller.View(ViewPath(page.Content) ?? throw new InvalidOperationException($"No template for {page.Content.ContentTypeAlias}."), page);
        view.StatusCode = statusCode;
        return new InCulture(page.Culture, view);
    }

    public static IActionResult NotFound(Controller controller, string culture, PublishedSnapshot snapshot)
    {
        var notFound = controller.View("~/Views/NotFound.cshtml", new NotFoundPage(culture, snapshot, controller.Request.Path));
        notFound.StatusCode = StatusCodes.Status404NotFound;
        return new InCulture(culture, notFound);
    }

    /// <summary>
    /// Sets the page's culture where the view runs. A culture set inside an async action does not flow back out of it
    /// (it lives in the execution context), so it is set again when the result executes.
    /// </summary>
    private sealed class InCulture(string culture, IActionResult inner) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context)
        {
            UseCulture(context.HttpContext, culture);
            return inner.ExecuteResultAsync(context);
        }
    }

    private static void UseCulture(HttpContext http, string culture)
    {
        var formatting = SiteOptions.FormattingCulture(culture);
        CultureInfo.CurrentCulture = formatting;
        CultureInfo.CurrentUICulture = formatting;
        http.Response.Headers.ContentLanguage = culture;
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Participation.Cms.Routing;
using Participation.Extensions.Forms.Definitions;
using Participation.Cms.PageCache;

namespace Participation.Extensions.Forms.Rendering;

/// <summary>
/// Renders a picked form inside any page: <c>@await Component.InvokeAsync("Form", new { page = Model, formId })</c>.
/// Shows the thank-you after a redirect, the answers and messages after a refused post, or an empty form. The form
/// comes from the in-memory catalog, so a page with a form still reads no database.
/// </summary>
public sealed class FormViewComponent(FormCatalog catalog, FormSpamGuard spamGuard) : ViewComponent
{
    private const string ItemsKey = "Participation.Forms.View.";

    /// <summary>Keeps a refused post's view for the page that is rendered again in the same request.</summary>
    public static void Remember(HttpContext http, FormView view) => http.Items[ItemsKey + view.Form.Id] = view;

    /// <param name="shown">The form as the page tailors it (a space's own equipment as the options); the catalog's when null.</param>
    public async Task<IViewComponentResult> InvokeAsync(ContentPage page, Guid? formId, FormDefinition? shown = null)
    {
        if (formId is not { } id || (shown is { } tailored && tailored.Id == id ? tailored : await catalog.GetAsync(id, HttpContext.RequestAborted)) is not { } form)
        {
            return Content("");
        }

        form = form.In(page.Culture);

        // A form carries its own tokens (antiforgery, the spam guard's time stamp): the page is rendered for each reader.
        PageCache.DoNotStore(HttpContext);

        if (HttpContext.Items[ItemsKey + id] is FormView remembered)
        {
            return View(remembered);
        }

        var sent = HttpContext.Request.Query["sent"] == form.Alias;
        return View(new FormView(form, page, page.Culture) { Sent = sent, RenderedToken = spamGuard.RenderedToken(form) });
    }
}

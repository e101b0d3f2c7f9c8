using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Participation.Cms.Backoffice;

/// <summary>
/// A request no handler of the page answers (<c>?handler=nonsense</c>, or a POST to a page that only reads) is refused.
/// Razor Pages would otherwise render the page without running any handler, so a page whose model is loaded in
/// <c>OnGet</c> met a null model and answered 500. A page with no handlers at all still renders as before.
/// </summary>
internal sealed class RefuseUnmatchedPageHandler : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var handlers = context.ActionDescriptor.HandlerMethods;
        if (context.HandlerMethod is not null || handlers.Count == 0)
        {
            return;
        }

        var method = context.HttpContext.Request.Method;
        context.Result = handlers.Any(h => string.Equals(h.HttpMethod, method, StringComparison.OrdinalIgnoreCase))
            ? new NotFoundResult() // the method is answered, by a handler of another name
            : new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}

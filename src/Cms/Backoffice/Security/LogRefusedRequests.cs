using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace Participation.Cms.Backoffice.Security;

/// <summary>
/// ASVS 16.3.3: refusals that mark an attempt to get past a control are security events. Every 429, whichever limiter
/// answered it, is logged once here rather than in each limiter; a failed antiforgery check is logged by the filter
/// below, the one place that knows why a post was refused.
/// </summary>
internal static class LogRefusedRequests
{
    public static WebApplication UseRefusedRequestLog(this WebApplication app)
    {
        var log = app.Services.GetRequiredService<SecurityLog>();
        app.Use(async (http, next) =>
        {
            await next(http);
            if (http.Response.StatusCode == StatusCodes.Status429TooManyRequests)
            {
                log.Limited(http);
            }
        });
        return app;
    }
}

/// <summary>Logs the posts MVC and Razor Pages refuse for a missing or foreign antiforgery token.</summary>
internal sealed class LogAntiforgeryFailures(SecurityLog log) : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            log.AntiforgeryFailed(context.HttpContext);
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}

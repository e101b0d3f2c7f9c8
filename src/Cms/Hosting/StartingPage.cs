using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Participation.Cms.Hosting;

/// <summary>
/// While the first import runs, every request is answered 503 with <c>Retry-After</c> and a short page in Finnish and
/// English (ProblemDetails JSON on the APIs), so browsers, load balancers and API clients know to come back, instead of
/// a connection that nobody answers. While a restart loads its snapshot (seconds), a request waits for it instead: the
/// reader gets the page a moment later rather than an error page.
/// </summary>
public static class StartingPage
{
    private const int RetryAfterSeconds = 10;

    /// <summary>How long a request waits for a restart's snapshot load before it is answered 503 after all.</summary>
    private static readonly TimeSpan HoldDuringLoad = TimeSpan.FromSeconds(30);

    private const string Html = """
        <!DOCTYPE html>
        <html lang="fi">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="10"><title>Sivusto käynnistyy – The site is starting</title></head>
        <body>
        <main>
        <h1>Sivusto käynnistyy</h1>
        <p>Sivuston sisältöä tuodaan parhaillaan. Yritä hetken kuluttua uudelleen; sivu latautuu itsestään.</p>
        <div lang="en">
        <h2>The site is starting</h2>
        <p>The site's content is being imported. Please try again in a moment; this page reloads by itself.</p>
        </div>
        </main>
        </body>
        </html>
        """;

    /// <summary>After the security headers (they go on this answer too), before everything that needs the site.</summary>
    public static WebApplication UseStartingPage(this WebApplication app)
    {
        var readiness = app.Services.GetRequiredService<CmsReadiness>();
        app.Use((http, next) => readiness.IsReady ? next(http) : WaitOrAnswerAsync(http, next, readiness));
        return app;
    }

    private static async Task WaitOrAnswerAsync(HttpContext http, RequestDelegate next, CmsReadiness readiness)
    {
        if (!readiness.IsImporting)
        {
            await readiness.WhenReady.WaitAsync(HoldDuringLoad, http.RequestAborted).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        await (readiness.IsReady ? next(http) : AnswerAsync(http));
    }

    private static Task AnswerAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.Headers.CacheControl = "no-store";
        var path = http.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/umbraco/delivery/api") || path.StartsWithSegments("/umbraco/forms/delivery/api"))
        {
            return Results.Problem(
                title: "Sivusto käynnistyy / The site is starting",
                detail: "Sisältöä tuodaan; yritä hetken kuluttua uudelleen. / Content is being imported; try again in a moment.",
                statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(http);
        }

        http.Response.ContentType = "text/html; charset=utf-8";
        return HttpMethods.IsHead(http.Request.Method) ? Task.CompletedTask : http.Response.WriteAsync(Html, Encoding.UTF8);
    }
}

using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.ResponseCompression;
using System.IO.Compression;
using Participation.Cms.Security;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Participation.Web.Site;

internal static class SiteHosting
{
    /// <summary>Error pages, static files and the start-up banner.</summary>
    public static WebApplicationBuilder AddSiteHosting(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();

        // Finnish and Swedish letters are written as they are, not as numeric entities.
        builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddResponseCompression(o =>
        {
            // Over HTTPS too: the secrets a page holds (its CSP nonce, a form's antiforgery token) are new random bytes in
            // every answer, so an attacker cannot guess them from compressed lengths across requests (BREACH).
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
                ["image/svg+xml", "application/problem+json", "application/rss+xml", "application/atom+xml", "text/calendar", "application/manifest+json"]);
        });
        // Fastest: a page is compressed per answer (its nonce differs), and level 1 already takes most of the bytes away.
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return builder;
    }

    public static WebApplication UseSiteHosting(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/virhe");
        }

        app.UseUnreadableFormRefusal();

        app.UseStatusCodePages();
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = ctx =>
            {
                // Views link the stylesheet and scripts with their content hash (asp-append-version: ?v=...), so such an
                // address never changes its bytes and browsers need not ask again; other files are checked daily.
                ctx.Context.Response.Headers.CacheControl = ctx.Context.Request.Query.ContainsKey("v")
                    ? "public, max-age=31536000, immutable"
                    : "public, max-age=86400";

                // The site's text files are UTF-8 and say so, so no browser guesses a character set (ASVS 4.1.1).
                if (ctx.Context.Response.ContentType is { } type && !type.Contains("charset", StringComparison.OrdinalIgnoreCase)
                    && (type.StartsWith("text/", StringComparison.Ordinal) || type.Contains("javascript", StringComparison.Ordinal) || type.EndsWith("json", StringComparison.Ordinal)))
                {
                    ctx.Context.Response.ContentType = type + "; charset=utf-8";
                }
            },
        });
        // Every method: the exception handler re-runs the failed request's method here, and a POST that failed must
        // still answer 500, not fall through to the page router's 404.
        // Asked for directly, with no failure behind it, the address is just not a page.
        app.Map("/virhe", (HttpContext http) => http.Features.Get<IExceptionHandlerFeature>() is null
            ? Results.NotFound()
            : Results.Problem("Palvelussa tapahtui virhe. Yritä hetken päästä uudelleen.", statusCode: 500)).ExcludeFromDescription();
        app.MapSiteManifest();
        app.Lifetime.ApplicationStarted.Register(() => PrintBanner(app));
        return app;
    }

    private static void PrintBanner(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            Console.WriteLine($"Participation.Site is running at {address.Replace("[::]", "localhost", StringComparison.Ordinal).Replace("0.0.0.0", "localhost", StringComparison.Ordinal)}/");
        }
    }
}

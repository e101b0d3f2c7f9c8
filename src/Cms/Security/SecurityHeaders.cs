using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Participation.Cms.Security.Transport;

namespace Participation.Cms.Security;

/// <summary>
/// The headers every response carries, public site, backoffice, APIs and files alike: a nonce-based
/// Content-Security-Policy without <c>unsafe-inline</c> or <c>unsafe-eval</c>, no framing, no MIME sniffing, a strict
/// referrer policy, no powerful browser features, and no <c>Server</c> header. Backoffice answers are never stored by
/// caches, since every one of them is personal.
/// </summary>
public static class SecurityHeaders
{
    public static WebApplicationBuilder AddSecurityHeaders(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SecurityHeadersOptions>().BindConfiguration("Cms:Security");
        builder.AddRequestLimits();
        builder.AddTrustedProxies();
        builder.AddTransportGuards();
        builder.AddSecureCookies();
        builder.AddQuietRequestLines();
        builder.Services.AddHsts(_ => { });
        builder.Services.AddOptions<Microsoft.AspNetCore.HttpsPolicy.HstsOptions>()
            .Configure<IOptions<SecurityHeadersOptions>>((hsts, options) =>
            {
                hsts.MaxAge = options.Value.HstsMaxAge;
                hsts.IncludeSubDomains = true;
            });
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);

        // "AllowedHosts": "*" would let any Host header through, and it is echoed into absolute redirects (sign-in).
        // Unless the operator names the hosts, only the site's public host and this machine's names are served.
        builder.Services.PostConfigure<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>(hosts =>
        {
            if (hosts.AllowedHosts.Count == 0 || hosts.AllowedHosts.Contains("*"))
            {
                var site = builder.Configuration.GetSection("Cms:Site").Get<Participation.Cms.Site.SiteOptions>() ?? new Participation.Cms.Site.SiteOptions();
                hosts.AllowedHosts = [site.PublicBaseUrl.Host, "localhost", "127.0.0.1", "[::1]"];
            }
        });
        return builder;
    }

    private static readonly object FramedBySiteKey = new();

    /// <summary>
    /// This response may be shown in a frame on the site's own pages (the backoffice's preview at phone and desktop
    /// widths); every other response refuses all framing.
    /// </summary>
    public static void AllowFramingBySite(HttpContext http) => http.Items[FramedBySiteKey] = true;

    /// <summary>First in the pipeline, so static files and error pages carry the headers too.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.UseTrustedProxies();
        var options = app.Services.GetRequiredService<IOptions<SecurityHeadersOptions>>().Value;
        // The backoffice's "sign in with" button posts to this site, which redirects to the provider: a form action too.
        var provider = app.Services.GetService<Participation.Cms.Backoffice.Security.OpenIdConnectSettings>() is { Enabled: true, Authority: { Length: > 0 } authority }
            && Uri.TryCreate(authority, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null;
        var formAction = string.Join(' ', new[] { "'self'", provider }.Concat(options.FormActionOrigins).OfType<string>().Distinct());
        app.Use((http, next) =>
        {
            // The site answers GET, HEAD and POST (and OPTIONS for the framework); TRACE and the rest never reach a page.
            if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) && !HttpMethods.IsPost(http.Request.Method)
                && !HttpMethods.IsOptions(http.Request.Method))
            {
                http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                http.Response.Headers.Allow = "GET, HEAD, POST";
            }

            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                var nonce = CspNonce.For(http);
                var framedBySite = http.Items.ContainsKey(FramedBySiteKey);
                headers.ContentSecurityPolicy =
                    $"default-src 'self'; script-src 'nonce-{nonce}' 'strict-dynamic'; style-src 'self' 'nonce-{nonce}'; " +
                    "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; media-src 'self'; manifest-src 'self'; " +
                    $"form-action {formAction}; frame-ancestors {(framedBySite ? "'self'" : "'none'")}; base-uri 'none'; object-src 'none'";
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = framedBySite ? "SAMEORIGIN" : "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers.Remove("Server");
                headers.Remove("X-Powered-By");
                if (http.Request.Path.StartsWithSegments("/umbraco") && !http.Request.Path.StartsWithSegments("/umbraco/forms/delivery/api")
                    && !http.Request.Path.StartsWithSegments("/umbraco/delivery/api"))
                {
                    headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
            return http.Response.StatusCode == StatusCodes.Status405MethodNotAllowed ? Task.CompletedTask : next(http);
        });

        Participation.Cms.Backoffice.Security.LogRefusedRequests.UseRefusedRequestLog(app);
        app.UseRequestLimits();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app;
    }
}

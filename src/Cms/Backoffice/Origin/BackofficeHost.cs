using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Participation.Cms.Backoffice.Origin;

/// <summary>
/// With <see cref="BackofficeHostOptions.Host"/> set, the backoffice (its pages, sign-in, APIs and static assets)
/// answers only on that host and is a 404 on every other; the backoffice host in turn serves no public page, so a
/// flaw in a public page cannot run on the editors' origin. The Delivery and Forms APIs and their reference belong to
/// the public site. Files (the web root's and media) answer on both hosts: the preview shows pages with them.
/// </summary>
public static class BackofficeHost
{
    public static IServiceCollection AddBackofficeHost(this IServiceCollection services)
    {
        services.AddOptions<BackofficeHostOptions>().BindConfiguration("Cms:Backoffice").ValidateDataAnnotations().ValidateOnStart();

        // After the site's own host list (SecurityHeaders): the backoffice host is served too, unless every host is.
        services.AddOptions<HostFilteringOptions>().PostConfigure<IOptions<BackofficeHostOptions>>((hosts, backoffice) =>
        {
            if (backoffice.Value.Host is { Length: > 0 } host && !hosts.AllowedHosts.Contains("*") && !hosts.AllowedHosts.Contains(host, StringComparer.OrdinalIgnoreCase))
            {
                hosts.AllowedHosts = [.. hosts.AllowedHosts, host];
            }
        });
        return services;
    }

    /// <summary>Before static files, so the backoffice's assets are refused on the public host as its pages are.</summary>
    public static WebApplication UseBackofficeHost(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<BackofficeHostOptions>>().Value.Host is not { Length: > 0 } host)
        {
            return app;
        }

        var webRoot = app.Environment.WebRootFileProvider;
        app.Use((http, next) =>
        {
            var path = http.Request.Path;
            var backoffice = IsBackoffice(path);
            var answers = string.Equals(http.Request.Host.Host, host, StringComparison.OrdinalIgnoreCase)
                ? backoffice || path.StartsWithSegments("/media") || webRoot.GetFileInfo(path.Value ?? "").Exists
                : !backoffice;
            if (answers)
            {
                return next(http);
            }

            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        return app;
    }

    private static bool IsBackoffice(PathString path) =>
        path.StartsWithSegments("/_content")
        || path.StartsWithSegments("/umbraco") && !path.StartsWithSegments("/umbraco/delivery/api") && !path.StartsWithSegments("/umbraco/forms/delivery/api")
            && !path.StartsWithSegments("/umbraco/swagger");
}

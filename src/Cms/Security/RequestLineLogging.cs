using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Participation.Cms.Security;

/// <summary>
/// The framework's per-request lines ("Request starting GET https://…/page?r=…", "Request finished …") write the whole
/// query, and a link's first open carries its capability token there before <see cref="LinkTokenCookie"/> moves it into
/// a cookie (ASVS 14.2.1). They are held at Warning whatever the configuration says for <c>Microsoft.AspNetCore</c>; the
/// request's log scope (<c>RequestPath</c>) and the site's own events name the path only.
/// </summary>
internal static class RequestLineLogging
{
    public const string Category = "Microsoft.AspNetCore.Hosting.Diagnostics";

    public static WebApplicationBuilder AddQuietRequestLines(this WebApplicationBuilder builder)
    {
        // Added after the configuration's rules, so they win over equally specific ones there; the console's own rule
        // too, since a provider's rule outranks any general one.
        builder.Logging.AddFilter(Category, LogLevel.Warning);
        builder.Logging.AddFilter<ConsoleLoggerProvider>(Category, LogLevel.Warning);
        return builder;
    }
}

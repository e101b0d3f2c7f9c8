using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;

namespace Participation.Cms.Security;

/// <summary>
/// ASVS 14.2.1: a capability token that arrives in a link's query (a registration, a preview, a password reset, the
/// first admin) is moved into a cookie on the first open, and the browser is sent to the same address without it (303),
/// so the token stays out of history, bookmarks, screen shares and anything that writes addresses down. The page then
/// reads the token from the cookie; a form on it may still post the token in a hidden field, since a body is not an
/// address. The cookie is HttpOnly and SameSite Lax (the click comes from a mail client), and named and hardened as the
/// sign-in cookies are: over HTTPS <c>__Host-</c>, Secure and path <c>/</c> (which the prefix requires), so the name
/// carries the scope; over plain HTTP the path is narrowed to the page itself. It lives
/// <see cref="LongestLife"/> at most, and never past the token.
/// </summary>
/// <param name="Scope">What the token opens, as cookie-name characters (a key, a page): one cookie per thing opened.</param>
/// <param name="Path">The page the token is for.</param>
public sealed record LinkTokenCookie(string Scope, string Path)
{
    /// <summary>Every link cookie's name starts so (after <c>__Host-</c>); the page cache passes such requests by.</summary>
    public const string NamePrefix = "Participation.Link.";

    /// <summary>Long enough to read the page and send its form; the link in the mail opens it again afterwards.</summary>
    public static readonly TimeSpan LongestLife = TimeSpan.FromHours(1);

    public string Name => NamePrefix + Scope;

    public string? Read(HttpContext http) => http.Request.Cookies[HostPrefixedCookieManager.Name(http, Name)];

    /// <summary>Sets the cookie for a token already checked, expiring with the token or sooner.</summary>
    public void Give(HttpContext http, string token, DateTimeOffset tokenExpires, DateTimeOffset now)
    {
        var expires = tokenExpires < now + LongestLife ? tokenExpires : now + LongestLife;
        var options = new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
            Path = Path,
            Expires = expires,
            MaxAge = expires - now,
            IsEssential = true,
        };
        http.Response.Cookies.Append(HostPrefixedCookieManager.Name(http, Name), token, HostPrefixedCookieManager.Harden(http, options));
        http.Response.Headers.CacheControl = "no-store";
    }

    /// <summary>
    /// Gives the cookie and returns where to send the browser: this address without <paramref name="tokenQueryNames"/>,
    /// other query values kept, then <paramref name="fragment"/>.
    /// </summary>
    public string Swap(HttpContext http, string token, DateTimeOffset tokenExpires, DateTimeOffset now, string fragment, params string[] tokenQueryNames)
    {
        Give(http, token, tokenExpires, now);
        return Without(http.Request, tokenQueryNames) + fragment;
    }

    /// <summary>The answer after <see cref="Swap"/>: 303, so the browser asks for the clean address with a GET, kept by no cache.</summary>
    public static IActionResult SeeOther(string location) => new SeeOtherResult(location);

    /// <summary>Whether the request carries any link cookie: its answer may be personal.</summary>
    public static bool Carried(HttpRequest request) =>
        request.Cookies.Keys.Any(k => k.StartsWith(NamePrefix, StringComparison.Ordinal) || k.StartsWith(HostPrefixedCookieManager.Prefix + NamePrefix, StringComparison.Ordinal));

    private static string Without(HttpRequest request, string[] names)
    {
        var kept = new QueryBuilder(request.Query.Where(q => !names.Contains(q.Key, StringComparer.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v ?? ""))));
        return request.PathBase + request.Path + kept.ToQueryString();
    }

    private sealed class SeeOtherResult(string location) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context)
        {
            var response = context.HttpContext.Response;
            response.StatusCode = StatusCodes.Status303SeeOther;
            response.Headers.Location = location;
            response.Headers.CacheControl = "no-store";
            return Task.CompletedTask;
        }
    }
}

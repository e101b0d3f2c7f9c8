using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace Participation.Cms.Security;

/// <summary>
/// Sign-in cookies over HTTPS are named <c>__Host-…</c>, Secure, for path <c>/</c> and no domain: the browser then
/// refuses such a cookie from plain HTTP or from a sibling subdomain, so nobody can plant a session on an editor.
/// Over plain HTTP (a local trial, the test host) the plain name is used, since browsers drop prefixed cookies there;
/// an HTTPS request never reads the plain name.
/// </summary>
internal sealed class HostPrefixedCookieManager(ICookieManager inner) : ICookieManager
{
    public const string Prefix = "__Host-";

    public string? GetRequestCookie(HttpContext context, string key) => inner.GetRequestCookie(context, Name(context, key));

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options) =>
        inner.AppendResponseCookie(context, Name(context, key), value, Harden(context, options));

    public void DeleteCookie(HttpContext context, string key, CookieOptions options) =>
        inner.DeleteCookie(context, Name(context, key), Harden(context, options));

    internal static string Name(HttpContext context, string key) => context.Request.IsHttps ? Prefix + key : key;

    internal static CookieOptions Harden(HttpContext context, CookieOptions options)
    {
        if (context.Request.IsHttps)
        {
            options.Secure = true;
            options.Path = "/";
            options.Domain = null;
        }

        return options;
    }
}

using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Participation.Cms.Security;

/// <summary>
/// Every cookie the site relies on is HttpOnly, and over HTTPS <c>__Host-</c> prefixed and Secure. SameSite by purpose:
/// sign-in cookies Lax (a link in a moderation mail must open the backoffice signed in), antiforgery Strict (only this
/// site's own forms need it). The OpenID Connect correlation and nonce cookies are prefixed the same way
/// (<c>BackofficeServiceCollectionExtensions</c>) and keep the framework's SameSite None, which a provider's form post back
/// to the site needs.
/// </summary>
public static class SecureCookies
{
    public static WebApplicationBuilder AddSecureCookies(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.PostConfigureAll<CookieAuthenticationOptions>(options =>
        {
            if (options.CookieManager is not HostPrefixedCookieManager)
            {
                options.CookieManager = new HostPrefixedCookieManager(options.CookieManager ?? new ChunkingCookieManager());
            }

            options.Cookie.HttpOnly = true;
        });
        builder.Services.AddOptions<AntiforgeryOptions>().Configure<IHttpContextAccessor>((options, accessor) =>
        {
            if (options.Cookie is HostPrefixedCookieBuilder)
            {
                return;
            }

            options.Cookie.Name = "Participation.Antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.Path = "/";
            options.Cookie = new HostPrefixedCookieBuilder(accessor, options.Cookie);
        });
        return builder;
    }
}

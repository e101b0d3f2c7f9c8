using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Security;

namespace Participation.Cms.Backoffice.Text;

/// <summary>
/// Chooses the language of every <c>/umbraco</c> request and sets the current culture to it (UI text, and dates).
/// The editor's choice lives in a cookie, so signed-out editors on the login page can switch too; a signed-in editor's
/// choice is also stored on the user, so a new browser starts in their language. Runs after authentication, before pages.
/// </summary>
public sealed class BackofficeLanguageMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/umbraco", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        if (HttpMethods.IsGet(context.Request.Method) && BackofficeLanguage.Normalise(context.Request.Query[BackofficeLanguage.QueryName]) is { } chosen)
        {
            Remember(context, chosen);
            await SaveOnUserAsync(context, chosen);

            // Back to the same page without ?lang=, so the address bar, bookmarks and reloads do not keep switching.
            context.Response.Redirect(BackofficeLanguage.PageUrl(context.Request, null));
            return;
        }

        var language = BackofficeLanguage.Normalise(context.Request.Cookies[HostPrefixedCookieManager.Name(context, BackofficeLanguage.CookieName)])
            ?? await FromUserAsync(context)
            ?? BackofficeLanguage.Default;
        var culture = BackofficeLanguage.Culture(language);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        await next(context);
    }

    // Over HTTPS it is a __Host- cookie like the session's (path / then), so a sibling site cannot plant a language.
    private static void Remember(HttpContext context, string language) =>
        context.Response.Cookies.Append(HostPrefixedCookieManager.Name(context, BackofficeLanguage.CookieName), language, HostPrefixedCookieManager.Harden(context, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            Path = "/umbraco",
            MaxAge = TimeSpan.FromDays(365),
            IsEssential = true, // the interface language, not tracking
        }));

    /// <summary>Best effort: the cookie already holds the choice, so a user record that cannot be saved only loses the default for new browsers.</summary>
    private static async Task SaveOnUserAsync(HttpContext context, string language)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var users = context.RequestServices.GetRequiredService<UserManager<BackofficeUser>>();
        if (await users.GetUserAsync(context.User) is { } user && user.UiCulture != language)
        {
            user.UiCulture = language;
            await users.UpdateAsync(user);
        }
    }

    /// <summary>A signed-in editor in a browser without the cookie (new device, or just signed in): their stored language, then kept in the cookie.</summary>
    private static async Task<string?> FromUserAsync(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var users = context.RequestServices.GetRequiredService<UserManager<BackofficeUser>>();
        var language = BackofficeLanguage.Normalise((await users.GetUserAsync(context.User))?.UiCulture);
        if (language is not null)
        {
            Remember(context, language);
        }

        return language;
    }
}

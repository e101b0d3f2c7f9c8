using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Participation.Cms.Backoffice.Sessions;

/// <summary>
/// Ties the backoffice cookie to a row of <see cref="BackofficeSessions"/>: every sign-in (password, two-step code,
/// identity provider) starts a row and puts its id in the cookie's properties, and every request is refused whose row
/// is gone. The security stamp check stays as it was, after this one, so signing out everywhere and disabled accounts
/// keep ending sessions as before.
/// </summary>
internal static class SessionTracking
{
    private const string Item = "sessionId";

    public static void Apply(CookieAuthenticationOptions options)
    {
        var signingIn = options.Events.OnSigningIn;
        options.Events.OnSigningIn = async context =>
        {
            var services = context.HttpContext.RequestServices;
            var sessions = services.GetRequiredService<BackofficeSessions>();
            var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
            var principal = context.Principal!;
            var userId = principal.FindFirstValue(claims.UserIdClaimType) ?? "";
            var stamp = principal.FindFirstValue(claims.SecurityStampClaimType) ?? "";
            var aborted = context.HttpContext.RequestAborted;

            // RefreshSignInAsync passes the current cookie's properties on: the same session, under the user's new stamp.
            if (Id(context.Properties) is { } id)
            {
                await sessions.RenewAsync(id, userId, stamp, aborted);
            }
            else
            {
                var browser = context.HttpContext.Request.Headers[HeaderNames.UserAgent].ToString();
                context.Properties.Items[Item] = await sessions.StartAsync(userId, stamp, SignInMethods.Of(principal), browser, aborted);
            }

            await signingIn(context);
        };

        var validate = options.Events.OnValidatePrincipal;
        options.Events.OnValidatePrincipal = async context =>
        {
            var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
            var sessions = context.HttpContext.RequestServices.GetRequiredService<BackofficeSessions>();

            // A cookie without a session (from before sessions were kept) is treated as ended: its user signs in once more.
            if (Id(context.Properties) is not { } id || userId is null || !await sessions.IsOpenAsync(id, userId, context.HttpContext.RequestAborted))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(context.Scheme.Name);
                return;
            }

            await validate(context);
        };
    }

    /// <summary>The session of this request's backoffice cookie, if it has one.</summary>
    public static async Task<string?> CurrentAsync(HttpContext context) =>
        (await context.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Properties is { } properties ? Id(properties) : null;

    private static string? Id(AuthenticationProperties properties) =>
        properties.Items.TryGetValue(Item, out var id) && !string.IsNullOrEmpty(id) ? id : null;
}

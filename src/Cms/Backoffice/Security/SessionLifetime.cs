using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;

namespace Participation.Cms.Backoffice.Security;

/// <summary>
/// A backoffice session lasts 8 hours from the last request (sliding) and never more than 12 hours from signing in,
/// however busy: a stolen cookie kept warm with requests still dies by evening. The sign-in time travels in the
/// cookie's properties, which renewals keep.
/// </summary>
internal static class SessionLifetime
{
    public static readonly TimeSpan Idle = TimeSpan.FromHours(8);
    public static readonly TimeSpan Absolute = TimeSpan.FromHours(12);

    private const string SignedInAt = "signedInAt";

    public static void Apply(CookieAuthenticationOptions options)
    {
        options.ExpireTimeSpan = Idle;
        options.SlidingExpiration = true;
        var signingIn = options.Events.OnSigningIn;
        options.Events.OnSigningIn = context =>
        {
            // A refreshed sign-in (after changing one's own password) keeps the first sign-in's time.
            context.Properties.Items.TryAdd(SignedInAt, Now(context.HttpContext.RequestServices).ToString("O", CultureInfo.InvariantCulture));
            return signingIn(context);
        };
        var validate = options.Events.OnValidatePrincipal; // Identity's security stamp check: kept, after this one
        options.Events.OnValidatePrincipal = async context =>
        {
            var started = SignedIn(context.Properties) ?? DateTimeOffset.MinValue; // a cookie from before this rule: treated as old, so signed in again
            if (Now(context.HttpContext.RequestServices) - started > Absolute)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(context.Scheme.Name);
                return;
            }

            await validate(context);
        };
    }

    /// <summary>When the session's user signed in (a refreshed sign-in keeps the first time).</summary>
    public static DateTimeOffset? SignedIn(AuthenticationProperties properties) =>
        properties.Items.TryGetValue(SignedInAt, out var text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at
            : null;

    private static DateTimeOffset Now(IServiceProvider services) => services.GetRequiredService<TimeProvider>().GetUtcNow();
}

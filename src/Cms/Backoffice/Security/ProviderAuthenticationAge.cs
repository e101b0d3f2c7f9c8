using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;

namespace Participation.Cms.Backoffice.Security;

/// <summary>
/// ASVS 7.6.1: the provider is asked to have authenticated the user within <see cref="OpenIdConnectSettings.MaxAuthenticationAge"/>
/// (<c>max_age</c>), and the ID token's <c>auth_time</c> is checked against it, as the handler itself does not. A token
/// without <c>auth_time</c> is refused: OpenID Connect Core requires it when <c>max_age</c> was asked.
/// </summary>
internal static class ProviderAuthenticationAge
{
    public static void Apply(OpenIdConnectOptions options, TimeSpan maxAge)
    {
        options.MaxAge = maxAge;
        var validated = options.Events.OnTokenValidated;
        options.Events.OnTokenValidated = async context =>
        {
            var services = context.HttpContext.RequestServices;
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            DateTimeOffset? at = long.TryParse(context.Principal?.FindFirst("auth_time")?.Value, out var seconds)
                ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                : null;
            if (at is null || now - at > maxAge + options.TokenValidationParameters.ClockSkew)
            {
                services.GetRequiredService<SecurityLog>().ProviderAuthenticationTooOld(context.Principal?.FindFirst("sub")?.Value ?? "?", at);
                context.Fail("The provider's authentication is older than MaxAuthenticationAge, or its time was not given.");
                return;
            }

            await validated(context);
        };
    }
}

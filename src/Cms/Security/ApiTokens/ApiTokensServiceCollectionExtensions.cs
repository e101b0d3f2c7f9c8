using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Participation.Cms.Security.ApiTokens;

public static class ApiTokensServiceCollectionExtensions
{
    internal const string Scheme = "api-token";

    /// <summary>Bearer access tokens for the Delivery and Forms APIs (<see cref="ApiTokenOptions"/>); nothing is added without an authority.</summary>
    public static WebApplicationBuilder AddApiTokens(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection("Cms:ApiTokens").Get<ApiTokenOptions>() ?? new ApiTokenOptions();
        builder.Services.AddSingleton(new ApiCallers(settings));
        if (!settings.Enabled)
        {
            return builder;
        }

        // Checked here, not at the first token: the handler would refuse a plain-HTTP issuer only when a request first
        // needs it, and that request would get a 500.
        if (!Uri.TryCreate(settings.Authority, UriKind.Absolute, out var authority)
            || (authority.Scheme != Uri.UriSchemeHttps && (settings.RequireHttpsMetadata || authority.Scheme != Uri.UriSchemeHttp)))
        {
            throw new InvalidOperationException(
                $"Cms:ApiTokens:Authority must be the token issuer's absolute https:// address (its metadata and signing keys are read from there), not '{settings.Authority}'.");
        }

        // Not the default scheme: only the two APIs ask for it, by name (ApiCallers), and the backoffice keeps its cookie.
        builder.Services.AddAuthentication().AddJwtBearer(Scheme, options =>
        {
            options.Authority = settings.Authority;
            options.Audience = settings.Audience;
            options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            options.MapInboundClaims = false;
            options.SaveToken = false;

            // RFC 9068: only access tokens, so an ID token the provider gave someone's browser cannot stand in for one.
            options.TokenValidationParameters.ValidTypes = ["at+jwt", "application/at+jwt"];
            options.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
            options.TokenValidationParameters.RequireExpirationTime = true;
        });
        return builder;
    }
}

using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Backoffice.OpenIdConnect;

/// <summary>
/// An organisation's identity provider, in process: OpenIddict's real authorization server on a TestServer, with
/// one confidential client (the site), the authorization code flow only and PKCE required. There is no login UI:
/// whoever reaches the authorize endpoint is the one test user below, as if they had already signed in there.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "participation-site";
    public const string ClientSecret = "testisalaisuus-2f8c1e";
    public const string Subject = "oidc-user-42";
    public const string Email = "editori@example.fi";
    public const string Name = "Eeva Editori";

    /// <summary>"Editor" is a backoffice role; "Viewer" is a role the organisation has but the site does not, so it must be ignored.</summary>
    public static readonly string[] Roles = ["Editor", "Viewer"];

    /// <summary>HTTPS, as a real provider: the site keeps RequireHttpsMetadata on and OpenIddict its transport check.</summary>
    public static readonly Uri Issuer = new("https://tunnistus.example.test/");

    private readonly InProcessOpenIddict server;
    private readonly SignInTime signInTime;

    private TestIdentityProvider(InProcessOpenIddict server, ProviderUser user, SignInTime signInTime)
    {
        this.server = server;
        User = user;
        this.signInTime = signInTime;
    }

    /// <summary>How long ago the user signed in at the provider (the ID token's <c>auth_time</c>); null leaves <c>auth_time</c> out.</summary>
    public TimeSpan? AuthenticatedAgo
    {
        get => signInTime.Ago;
        set => signInTime.Ago = value;
    }

    /// <summary>Who the provider says signs in next, and how (a test may change it between sign-ins).</summary>
    public ProviderUser User { get; }

    public TestServer Server => server.Server;

    /// <summary>The provider as the user's browser sees it: no cookies are needed (no login UI), no redirects followed.</summary>
    public HttpClient CreateBrowser() => Server.CreateClient();

    public static async Task<TestIdentityProvider> StartAsync(Uri siteRedirectUri)
    {
        var user = new ProviderUser();
        var signInTime = new SignInTime();
        var server = await InProcessOpenIddict.StartAsync(
            Issuer,
            options =>
            {
                options.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token");
                options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                options.RegisterScopes(Scopes.Email, Scopes.Profile, Scopes.Roles);
                options.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough();
            },
            app =>
            {
                app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], (HttpContext context) => Authorize(context, user, signInTime));
                app.MapPost("/connect/token", (Delegate)Token); // as Delegate, so the IResult is written
            });

        await server.AddClientAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientSecret = ClientSecret,
            ClientType = ClientTypes.Confidential,
            RedirectUris = { siteRedirectUri },
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Email,
                Permissions.Scopes.Profile,
                Permissions.Scopes.Roles,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        });

        return new TestIdentityProvider(server, user, signInTime);
    }

    /// <summary>OpenIddict has already checked the client, redirect URI, scopes and PKCE parameters; this only says who the user is.</summary>
    private static IResult Authorize(HttpContext context, ProviderUser user, SignInTime signInTime)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, user.Subject));
        foreach (var method in user.Amr)
        {
            identity.AddClaim(new Claim(Claims.AuthenticationMethodReference, method));
        }

        identity.AddClaim(new Claim(Claims.Name, Name));
        identity.AddClaim(new Claim(Claims.Email, user.Email));
        foreach (var role in Roles)
        {
            identity.AddClaim(new Claim(Scopes.Roles, role));
        }

        if (signInTime.Ago is { } ago)
        {
            var at = DateTimeOffset.UtcNow - ago;
            identity.AddClaim(new Claim(Claims.AuthenticationTime, at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64));
        }

        identity.SetScopes(request.GetScopes());

        // The site reads the user from the ID token only (it does not call userinfo).
        identity.SetDestinations(_ => [Destinations.IdentityToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>OpenIddict has validated the client secret, the code (once only) and the PKCE verifier; the code's user gets the tokens.</summary>
    private static async Task<IResult> Token(HttpContext context)
    {
        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        return result.Principal is { } principal
            ? Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)
            : Results.Forbid(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();

    /// <summary>The provider's user: <see cref="Subject"/> unless a test names another (with an address of its own), and the methods (RFC 8176 amr) it says it used.</summary>
    public sealed class ProviderUser
    {
        public string Subject { get; set; } = TestIdentityProvider.Subject;

        public string Email { get; set; } = TestIdentityProvider.Email;

        public IReadOnlyList<string> Amr { get; set; } = [];
    }

    /// <summary>Set by a test between sign-ins; read by the authorize endpoint.</summary>
    private sealed class SignInTime
    {
        public TimeSpan? Ago { get; set; } = TimeSpan.Zero;
    }
}

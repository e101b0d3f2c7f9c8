using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Security.ApiTokens;

/// <summary>
/// An organisation's authorization server for its services, in process: OpenIddict on a TestServer, the client
/// credentials grant only, access tokens as signed (not encrypted) RFC 9068 JWTs. Two front-ends are registered: one
/// may ask for both of the site's scopes, one only for the Forms API's.
/// </summary>
public sealed class TestTokenIssuer : IAsyncDisposable
{
    public const string FrontEnd = "kuntasivu-frontend";
    public const string FormsOnly = "lomakepalvelin";
    public const string Secret = "palvelinsalaisuus-7d1a93";
    public const string DeliveryScope = "delivery_api";
    public const string FormsScope = "forms_api";

    public static readonly Uri Issuer = new("https://tunnukset.example.test/");

    private readonly InProcessOpenIddict server;

    private TestTokenIssuer(InProcessOpenIddict server) => this.server = server;

    /// <summary>The <c>aud</c> the next tokens name; a test may name another API's.</summary>
    public string Audience { get; set; } = "participation-site";

    public TestServer Server => server.Server;

    public static async Task<TestTokenIssuer> StartAsync()
    {
        TestTokenIssuer? issuer = null;
        var server = await InProcessOpenIddict.StartAsync(
            Issuer,
            options =>
            {
                options.SetTokenEndpointUris("connect/token");
                options.AllowClientCredentialsFlow();
                options.RegisterScopes(DeliveryScope, FormsScope);
                options.SetAccessTokenLifetime(TimeSpan.FromMinutes(5));

                // Signed, not encrypted: a resource server validates access tokens with the issuer's public key alone.
                options.DisableAccessTokenEncryption();
                options.UseAspNetCore().EnableTokenEndpointPassthrough();
            },
            app => app.MapPost("/connect/token", (Delegate)((HttpContext context) => Token(context, issuer!.Audience))));
        await server.AddClientAsync(Client(FrontEnd, DeliveryScope, FormsScope));
        await server.AddClientAsync(Client(FormsOnly, FormsScope));
        issuer = new TestTokenIssuer(server);
        return issuer;
    }

    /// <summary>A token as a front-end gets one: client id and secret at the token endpoint, the scopes it asks for.</summary>
    public async Task<string> TokenAsync(string clientId, params string[] scopes)
    {
        using var client = Server.CreateClient();
        var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = GrantTypes.ClientCredentials,
            ["client_id"] = clientId,
            ["client_secret"] = Secret,
            ["scope"] = string.Join(' ', scopes),
        }));
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return (string?)body["access_token"] ?? throw new InvalidOperationException($"No token: {body.ToJsonString()}");
    }

    private static OpenIddictApplicationDescriptor Client(string id, params string[] scopes)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = id,
            ClientSecret = Secret,
            ClientType = ClientTypes.Confidential,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        foreach (var scope in scopes)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        return descriptor;
    }

    /// <summary>OpenIddict has checked the client's secret and that it may ask for these scopes; the token names the client as its subject.</summary>
    private static IResult Token(HttpContext context, string audience)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OAuth request.");
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, request.ClientId!));
        identity.SetScopes(request.GetScopes());
        identity.SetResources(audience);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();
}

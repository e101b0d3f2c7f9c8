using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Participation.Cms.Content;
using Participation.Cms.PublishedCache;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Persistence;
using Participation.Web.Tests.Forms;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Security.ApiTokens;

/// <summary>
/// ASVS 13.2.1: front-ends reach the Delivery and Forms APIs with short-lived access tokens from the organisation's
/// authorization server instead of a key shared with the site. Here neither API has a key at all and the Delivery API
/// is not public, so a token is the only way in.
/// </summary>
public sealed class AccessTokenTests(AccessTokenTests.TokenSite fixture) : IClassFixture<AccessTokenTests.TokenSite>
{
    private const string Delivery = "/umbraco/delivery/api/v2";
    private const string FormsApi = "/umbraco/forms/delivery/api/v1";

    [Fact]
    public async Task TheDeliveryApiAnswersATokenWithItsScopeAndNothingElse()
    {
        var good = await fixture.Issuer.TokenAsync(TestTokenIssuer.FrontEnd, TestTokenIssuer.DeliveryScope);
        var formsOnly = await fixture.Issuer.TokenAsync(TestTokenIssuer.FormsOnly, TestTokenIssuer.FormsScope);
        fixture.Issuer.Audience = "another-api";
        var otherAudience = await fixture.Issuer.TokenAsync(TestTokenIssuer.FrontEnd, TestTokenIssuer.DeliveryScope);
        fixture.Issuer.Audience = "participation-site";

        // Same issuer name and claims, signed with a key the site never saw (as a forger would).
        await using var forger = await TestTokenIssuer.StartAsync();
        var forged = await forger.TokenAsync(TestTokenIssuer.FrontEnd, TestTokenIssuer.DeliveryScope);

        var content = await GetAsync("/content/item/uutiset", good);
        Assert.Equal(HttpStatusCode.OK, content.StatusCode);
        Assert.Contains("\"contentType\":\"newsList\"", await content.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/media?fetch=children:/", good)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/content/item/uutiset", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/media?fetch=children:/", null)).StatusCode);
        foreach (var refused in new[] { formsOnly, otherAudience, forged, Tampered(good), "not-a-token" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/content/item/uutiset", refused)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/media?fetch=children:/", refused)).StatusCode);
        }
    }

    [Fact]
    public async Task PreviewShowsADraftToATokenWithTheDeliveryScope()
    {
        var newsList = fixture.Site.Services.GetRequiredService<PublishedSnapshotService>().Current.OfType("newsList").Single();
        var document = new ContentDocument();
        document.Cultures["fi"] = new CultureVariant { Name = "Tunnuksella esikatseltava luonnos", Values = { ["summary"] = "Vain luonnos." } };
        var key = await fixture.Site.Services.GetRequiredService<ContentService>().CreateAsync(new("newsArticle", newsList.Key, document), "testi");
        var token = await fixture.Issuer.TokenAsync(TestTokenIssuer.FrontEnd, TestTokenIssuer.DeliveryScope);
        var formsOnly = await fixture.Issuer.TokenAsync(TestTokenIssuer.FormsOnly, TestTokenIssuer.FormsScope);

        var draft = await GetAsync($"/content/item/{key}", token, preview: true);
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.Contains("Tunnuksella esikatseltava luonnos", await draft.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"/content/item/{key}", token)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync($"/content/item/{key}", formsOnly, preview: true)).StatusCode);
    }

    [Fact]
    public async Task AServerPostsAFormEntryWithATokenAndNoKey()
    {
        var forms = await fixture.Issuer.TokenAsync(TestTokenIssuer.FormsOnly, TestTokenIssuer.FormsScope);
        var deliveryOnly = await fixture.Issuer.TokenAsync(TestTokenIssuer.FrontEnd, TestTokenIssuer.DeliveryScope);
        var before = await fixture.CountFeedbackAsync();

        var accepted = await PostEntryAsync(forms, "Tunnuksella lähetetty palaute");
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal(before + 1, await fixture.CountFeedbackAsync());

        var wrongScope = await PostEntryAsync(deliveryOnly, "Ei pitäisi tallentua");
        Assert.Equal(HttpStatusCode.Unauthorized, wrongScope.StatusCode);
        Assert.Equal("application/problem+json", wrongScope.Content.Headers.ContentType?.MediaType);
        Assert.Contains("invalid_token", wrongScope.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostEntryAsync(Tampered(forms), "Ei tämäkään")).StatusCode);

        // No token, no key, no antiforgery token: refused as before.
        Assert.Equal(HttpStatusCode.BadRequest, (await PostEntryAsync(null, "Eikä tämä")).StatusCode);
        Assert.Equal(before + 1, await fixture.CountFeedbackAsync());
    }

    [Theory]
    [InlineData("http://tunnukset.example.test/")]
    [InlineData("tunnukset.example.test")]
    public async Task AnIssuerThatIsNotAnHttpsAddressStopsTheStartNamingTheSetting(string authority)
    {
        await using var site = new SiteFactory { Settings = new Dictionary<string, string> { ["Cms:ApiTokens:Authority"] = authority } };

        var refused = StartFailure.Messages(Assert.ThrowsAny<Exception>(() => site.Services));

        Assert.Contains("Cms:ApiTokens:Authority", refused, StringComparison.Ordinal);
        Assert.Contains("https://", refused, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? token, bool preview = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Delivery + path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (preview)
        {
            request.Headers.Add("Preview", "true");
        }

        return await fixture.Client.SendAsync(request);
    }

    private async Task<HttpResponseMessage> PostEntryAsync(string? token, string message)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{FormsApi}/entries/{SeededFormIds.Feedback}")
        {
            Content = new StringContent($$$"""{"values": {"message": "{{{message}}}", "consent": true}}""", Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await fixture.Client.SendAsync(request);
    }

    /// <summary>The same token with one claim changed (its payload's last character), so the signature no longer matches.</summary>
    private static string Tampered(string token)
    {
        var parts = token.Split('.');
        var payload = parts[1];
        parts[1] = payload[..^1] + (payload[^1] == 'A' ? 'B' : 'A');
        return string.Join('.', parts);
    }

    /// <summary>The issuer and a site that trusts it: no Delivery or Forms key configured, the Delivery API not public.</summary>
    public sealed class TokenSite : IAsyncLifetime
    {
        private readonly SiteFactory site = new()
        {
            Settings = new Dictionary<string, string>
            {
                ["DeliveryApi:PublicAccess"] = "false",
                ["Cms:ApiTokens:Authority"] = TestTokenIssuer.Issuer.ToString(),
            },
        };

        public TestTokenIssuer Issuer { get; private set; } = null!;

        public WebApplicationFactory<Program> Site { get; private set; } = null!;

        public HttpClient Client { get; private set; } = null!;

        public async Task<int> CountFeedbackAsync()
        {
            await using var db = Site.Services.GetRequiredService<ExtensionsDatabase>().CreateContext();
            return await db.Set<FormEntry>().CountAsync(e => e.FormId == SeededFormIds.Feedback);
        }

        public async Task InitializeAsync()
        {
            Issuer = await TestTokenIssuer.StartAsync();
            var backchannel = Issuer.Server.CreateHandler();

            // Configure (not PostConfigure): the handler's post-configure builds its metadata client from this handler.
            Site = site.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
                services.Configure<JwtBearerOptions>("api-token", options => options.BackchannelHttpHandler = backchannel)));
            Client = Site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        }

        public async Task DisposeAsync()
        {
            Client.Dispose();
            await Site.DisposeAsync();
            await site.DisposeAsync();
            await Issuer.DisposeAsync();
        }
    }
}

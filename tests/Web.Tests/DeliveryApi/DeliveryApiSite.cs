using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Content;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.DeliveryApi;

/// <summary>The demo site with a Delivery API key configured, and a client that sends the API's headers.</summary>
public sealed class DeliveryApiSite : IAsyncLifetime, IAsyncDisposable
{
    public const string Base = "/umbraco/delivery/api/v2";
    public const string ApiKey = "delivery-test-key-5b0c";

    public DeliveryApiSite()
        : this(new Dictionary<string, string>())
    {
    }

    private DeliveryApiSite(Dictionary<string, string> settings)
    {
        settings.TryAdd("DeliveryApi:ApiKey", ApiKey);
        Site = new SiteFactory { Settings = settings };
    }

    public SiteFactory Site { get; }

    public ContentService Content => Site.Services.GetRequiredService<ContentService>();

    public ContentTreeService Tree => Site.Services.GetRequiredService<ContentTreeService>();

    public static DeliveryApiSite With(Dictionary<string, string> settings) => new(settings);

    public async Task<ApiAnswer> GetAsync(string pathAndQuery, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Base + pathAndQuery);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        // Statuses as sent: a 301 is asserted, not followed.
        using var response = await Site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new ApiAnswer(response.StatusCode, text, response.Content.Headers.ContentType?.MediaType,
            response.Headers.Concat(response.Content.Headers).ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>A published news article under /uutiset/ with the given Finnish name; returns its key.</summary>
    public async Task<Guid> PublishArticleAsync(string name, string summary, bool publish = true)
    {
        var newsList = Site.Snapshot.OfType("newsList").Single();
        var document = new ContentDocument { Values = { ["publishDate"] = DateTimeOffset.UtcNow.AddHours(-1).ToString("O") } };
        document.Cultures["fi"] = new CultureVariant { Name = name, Values = { ["summary"] = summary, ["body"] = "<p>Teksti.</p>" } };
        var key = await Content.CreateAsync(new("newsArticle", newsList.Key, document), "testi");
        if (publish)
        {
            await Content.PublishAsync(key, null, "testi");
        }

        return key;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Site.DisposeAsync();

    ValueTask IAsyncDisposable.DisposeAsync() => Site.DisposeAsync();
}

/// <summary>One API answer: status, body, media type and headers (response and content headers together).</summary>
public sealed record ApiAnswer(HttpStatusCode Status, string Body, string? MediaType, IReadOnlyDictionary<string, string> Headers)
{
    public JsonNode Json => JsonNode.Parse(Body) ?? throw new InvalidOperationException("The body is JSON null.");

    public JsonArray Items => Json["items"]!.AsArray();

    public long Total => (long)Json["total"]!;

    public IReadOnlyList<string> Names => Items.Select(i => (string)i!["name"]!).ToList();

    public string? Header(string name) => Headers.GetValueOrDefault(name);
}

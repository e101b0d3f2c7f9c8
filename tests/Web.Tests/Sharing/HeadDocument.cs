using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Participation.Web.Tests.Sharing;

/// <summary>A page's head as a crawler reads it: meta tags by name or property, links by rel, and the JSON-LD graph.</summary>
internal sealed class HeadDocument
{
    private readonly IDocument document;

    private HeadDocument(IDocument document) => this.document = document;

    public static HeadDocument Parse(string html) => new(new HtmlParser().ParseDocument(html));

    public string? Meta(string key) => All(key).FirstOrDefault();

    public IReadOnlyList<string> All(string key) =>
        document.Head!.QuerySelectorAll($"meta[property='{key}'], meta[name='{key}']").Select(m => m.GetAttribute("content") ?? "").ToList();

    public string? Link(string rel) => document.Head!.QuerySelector($"link[rel='{rel}']")?.GetAttribute("href");

    public string? LinkOfType(string type) => document.Head!.QuerySelector($"link[rel='alternate'][type='{type}']")?.GetAttribute("href");

    public Dictionary<string, string> HrefLangs() => document.Head!.QuerySelectorAll("link[rel='alternate'][hreflang]")
        .ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);

    public IElement? JsonLdScript => document.Head!.QuerySelector("script[type='application/ld+json']");

    /// <summary>The nodes of the page's JSON-LD <c>@graph</c>.</summary>
    public IReadOnlyList<JsonElement> Graph()
    {
        var script = JsonLdScript ?? throw new Xunit.Sdk.XunitException("no JSON-LD in the head");
        using var json = JsonDocument.Parse(script.TextContent);
        Assert.Equal("https://schema.org", json.RootElement.GetProperty("@context").GetString());
        return json.RootElement.GetProperty("@graph").EnumerateArray().Select(e => e.Clone()).ToList();
    }

    public JsonElement Node(string type) => Assert.Single(Graph(), n => n.GetProperty("@type").GetString() == type);
}

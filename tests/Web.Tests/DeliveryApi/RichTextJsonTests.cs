using Participation.Cms.Content;

namespace Participation.Web.Tests.DeliveryApi;

/// <summary>
/// Reference 4.4 and 7.6: with <c>DeliveryApi:RichTextOutputAsJson</c> rich text is Umbraco's element tree, with
/// entities decoded, no newline nodes between blocks, spaces between inline elements kept, and document links as routes.
/// </summary>
public sealed class RichTextJsonTests : IAsyncLifetime
{
    private readonly DeliveryApiSite api = DeliveryApiSite.With(new() { ["DeliveryApi:RichTextOutputAsJson"] = "true" });

    [Fact]
    public async Task RichTextIsAnElementTreeWithoutUmbracosQuirks()
    {
        var newsList = api.Site.Snapshot.OfType("newsList").Single();
        var body = $"<p>Hei&nbsp;maailma &amp; muut</p>\n\n<p><strong>lihava</strong> <em>kursiivi</em></p>\n<p><a data-udi=\"umb://document/{newsList.Key:N}\" href=\"/vanha-osoite/\">uutiset</a></p><!-- huomautus -->";
        var document = new ContentDocument { Values = { ["publishDate"] = DateTimeOffset.UtcNow.ToString("O") } };
        document.Cultures["fi"] = new CultureVariant { Name = "Rikas teksti JSONina", Values = { ["summary"] = "Puu.", ["body"] = body } };
        var key = await api.Content.CreateAsync(new("newsArticle", newsList.Key, document), "testi");
        await api.Content.PublishAsync(key, null, "testi");

        var tree = (await api.GetAsync($"/content/item/{key}")).Json["properties"]!["body"]!;

        Assert.Equal("#root", (string)tree["tag"]!);
        Assert.Empty(tree["blocks"]!.AsArray());
        var paragraphs = tree["elements"]!.AsArray();
        Assert.Equal(["p", "p", "p"], paragraphs.Select(p => (string)p!["tag"]!)); // no newline nodes, no comment
        var text = paragraphs[0]!["elements"]![0]!;
        Assert.Equal(["text", "tag"], text.AsObject().Select(p => p.Key));
        Assert.Equal("Hei\u00a0maailma & muut", (string)text["text"]!);
        Assert.Equal(["strong", "#text", "em"], paragraphs[1]!["elements"]!.AsArray().Select(e => (string)e!["tag"]!));
        Assert.Equal(" ", (string)paragraphs[1]!["elements"]![1]!["text"]!);
        var link = paragraphs[2]!["elements"]![0]!["attributes"]!.AsObject();
        Assert.False(link.ContainsKey("href"));
        Assert.False(link.ContainsKey("udi"));
        Assert.Equal("/uutiset/", (string)link["route"]!["path"]!);
        Assert.Equal(api.Site.Snapshot.Home!.Key.ToString(), (string)link["route"]!["startItem"]!["id"]!);
    }

    [Fact]
    public async Task AnEmptyRichTextIsNullAndHtmlModeIsTheDefault()
    {
        var association = api.Site.Snapshot.OfType("newsArticle").First(a => a.IsRoutable("fi"));
        var json = (await api.GetAsync($"/content/item/{association.Key}")).Json["properties"]!["body"]!;
        Assert.Equal("#root", (string)json["tag"]!);

        await using var html = new DeliveryApiSite();
        var markup = (await html.GetAsync($"/content/item/{association.Key}")).Json["properties"]!["body"]!.AsObject();
        Assert.Equal(["markup", "blocks"], markup.Select(p => p.Key));
        Assert.StartsWith("<", (string)markup["markup"]!);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => api.DisposeAsync();
}

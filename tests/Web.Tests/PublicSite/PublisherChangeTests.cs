using System.Text.Json.Nodes;
using Participation.Web.Tests.Infrastructure;
using Participation.Web.Tests.Sharing;

namespace Participation.Web.Tests.PublicSite;

/// <summary>
/// The footer, the privacy notice's controller and the structured data's publisher all read the home node, so one
/// publish of the home node changes them everywhere (a class of its own: it changes the site it runs on).
/// </summary>
public sealed class PublisherChangeTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task PublishingANewPublisherOnTheHomeNodeChangesTheFooterTheControllerAndTheStructuredData()
    {
        var home = site.Snapshot.Home!;
        var draft = await site.DraftAsync(home.Key);
        draft.Values["publisherName"] = "Kuusaan Kyläyhdistys ry";
        draft.Values["businessId"] = "1234567-1";
        draft.Values["socialLinks"] = new JsonArray(new JsonObject { ["title"] = "Facebook", ["url"] = "https://www.facebook.com/kuusaankylat", ["target"] = null, ["contentKey"] = null });
        await site.Content().SaveAsync(home.Key, draft, "testi");
        await site.Content().PublishAsync(home.Key, null, "testi");

        var footer = (await site.PageAsync("/en/")).QuerySelector("footer.site-footer")!;
        Assert.Equal("Kuusaan Kyläyhdistys ry", footer.QuerySelector(".publisher-name")!.TextContent);
        Assert.Equal("Business ID 1234567-1", footer.QuerySelector(".publisher-business-id")!.TextContent);
        Assert.Equal("https://www.facebook.com/kuusaankylat", Assert.Single(footer.QuerySelectorAll(".social-links a")).GetAttribute("href"));

        var privacy = await site.PageAsync(site.Snapshot.GetByRoute("fi", "/tietosuoja/")!.Url("fi")!);
        Assert.Equal("Kuusaan Kyläyhdistys ry", privacy.QuerySelector("section.controller .publisher-name")!.TextContent);
        Assert.Equal("Y-tunnus 1234567-1", privacy.QuerySelector("section.controller .publisher-business-id")!.TextContent);

        var organization = HeadDocument.Parse(await site.CreateClient().GetStringAsync("/")).Node("Organization");
        Assert.Equal("Kuusaan Kyläyhdistys ry", organization.GetProperty("name").GetString());
        Assert.Equal("1234567-1", organization.GetProperty("taxID").GetString());
        Assert.Equal("https://www.facebook.com/kuusaankylat", organization.GetProperty("sameAs")[0].GetString());
        Assert.Equal("45700", organization.GetProperty("address").GetProperty("postalCode").GetString());

        var article = site.Snapshot.OfType("newsArticle").First();
        var publisher = HeadDocument.Parse(await site.CreateClient().GetStringAsync(article.Url("fi"))).Node("NewsArticle").GetProperty("publisher");
        Assert.Equal("Kuusaan Kyläyhdistys ry", publisher.GetProperty("name").GetString());
        Assert.Equal(organization.GetProperty("@id").GetString(), publisher.GetProperty("@id").GetString());
    }
}

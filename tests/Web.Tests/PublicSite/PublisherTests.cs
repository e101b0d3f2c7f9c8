using AngleSharp.Dom;
using Participation.Cms.PropertyEditors;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.PublicSite;

/// <summary>
/// The publisher is content on the home node, shown in the footer and as the privacy notice's controller
/// (the demo's publisher is the Kouvola project's organisation, without a Y-tunnus).
/// </summary>
public sealed class PublisherTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly Dictionary<string, string> ControllerHeadings = new() { ["fi"] = "Rekisterinpitäjä", ["sv"] = "Personuppgiftsansvarig", ["en"] = "Controller" };

    [Fact]
    public async Task TheFooterNamesThePublisherItsAddressAndContactInEveryLanguage()
    {
        var home = site.Snapshot.Home!;
        var name = home.Value<string>("publisherName", "fi")!;
        var address = home.Value<Venue>("address", "fi")!;
        var email = home.Value<string>("contactEmail", "fi")!;
        var article = site.Snapshot.OfType("newsArticle").First();
        Assert.Equal("Pohjois-Kymen Kasvu ry", name); // the demo's publisher, from the seeds

        foreach (var url in new[] { "/", "/sv/", "/en/", article.Url("fi")! })
        {
            var footer = await FooterAsync(url);
            var details = footer.QuerySelector("address.publisher")!;
            Assert.Equal(name, details.QuerySelector(".publisher-name")!.TextContent);
            Assert.Equal(address.AddressLine, details.QuerySelector(".publisher-address")!.TextContent);
            Assert.NotNull(details.QuerySelector($"a[href='mailto:{email}']"));
            // The demo has no Y-tunnus, so nothing real-looking is shown and the row is left out.
            Assert.Null(details.QuerySelector(".publisher-business-id"));
            Assert.Empty(footer.QuerySelectorAll(".social-links a"));
        }
    }

    [Fact]
    public async Task ThePrivacyNoticeNamesThePublisherAsItsController()
    {
        var privacy = site.Snapshot.GetByRoute("fi", "/tietosuoja/")!;
        var name = site.Snapshot.Home!.Value<string>("publisherName", "fi")!;

        foreach (var culture in new[] { "fi", "sv", "en" })
        {
            var page = await site.PageAsync(privacy.Url(culture)!);
            var section = page.QuerySelector("section.controller")!;
            Assert.Equal(ControllerHeadings[culture], section.QuerySelector("h2")!.TextContent);
            Assert.Equal(name, section.QuerySelector(".publisher-name")!.TextContent);
            Assert.DoesNotContain("sivuston ylläpitäjä.", page.QuerySelector("article")!.TextContent, StringComparison.Ordinal);
        }

        // Other pages do not grow a controller section.
        Assert.Null((await site.PageAsync(site.Snapshot.GetByRoute("fi", "/tietoa/")!.Url("fi")!)).QuerySelector("section.controller"));
    }

    private async Task<IElement> FooterAsync(string url) => (await site.PageAsync(url)).QuerySelector("footer.site-footer")!;
}

using System.Globalization;
using System.Net;
using Participation.Cms.PublishedCache;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Sharing;

/// <summary>Every page type's head, in each of fi, sv and en it has, as Facebook, LinkedIn, X and search engines read it.</summary>
public sealed class ShareHeadTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string BaseUrl = "http://localhost:5080";

    private static readonly Dictionary<string, string> Locales = new() { ["fi"] = "fi_FI", ["sv"] = "sv_FI", ["en"] = "en_GB" };

    public static TheoryData<string> PageTypes => new()
    {
        "home", "newsList", "newsArticle", "blog", "blogPost", "directory", "association", "events", "partnershipTable",
        "projects", "project", "areaCommittees", "areaCommittee", "spaces", "space", "search", "page",
    };

    [Theory, MemberData(nameof(PageTypes))]
    public async Task EveryPageTypeHasAFullCardInEveryLanguage(string contentType)
    {
        var client = site.CreateClient();
        var checkedCultures = new HashSet<string>();
        // Those with the most languages first, so that every language the type exists in is checked.
        var items = site.Snapshot.OfType(contentType).OrderByDescending(i => i.Cultures.Count(c => c.Value.Url is not null)).ToList();
        foreach (var item in items.Take(3))
        {
            foreach (var (culture, variant) in item.Cultures.Where(c => c.Value.Url is not null))
            {
                var response = await client.GetAsync(variant.Url);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var head = HeadDocument.Parse(await response.Content.ReadAsStringAsync());
                CheckCard(head, item, culture, variant.Url!);
                checkedCultures.Add(culture);
            }
        }

        // Every language the type exists in; the home page, the sections and news exist in all three.
        Assert.Equal(items.SelectMany(i => i.Cultures.Where(c => c.Value.Url is not null).Select(c => c.Key)).Distinct().Order(), checkedCultures.Order());
        if (contentType is "home" or "newsList" or "newsArticle" or "events" or "directory")
        {
            Assert.Equal(["en", "fi", "sv"], checkedCultures.Order());
        }
    }

    [Fact]
    public async Task TheHomePageDescribesTheSiteAndItsSearch()
    {
        var head = HeadDocument.Parse(await site.CreateClient().GetStringAsync("/"));

        var website = head.Node("WebSite");
        var target = website.GetProperty("potentialAction").GetProperty("target").GetProperty("urlTemplate").GetString();
        Assert.Equal(BaseUrl + "/haku?q={search_term_string}", target);
        Assert.Equal("required name=search_term_string", website.GetProperty("potentialAction").GetProperty("query-input").GetString());
        // The site is the WebSite; the Organization is its publisher, as set on the home node.
        Assert.Equal(head.Meta("og:site_name"), website.GetProperty("name").GetString());
        Assert.Equal(site.Snapshot.Home!.Value<string>("publisherName", "fi"), head.Node("Organization").GetProperty("name").GetString());
        Assert.Equal(head.Node("Organization").GetProperty("@id").GetString(), website.GetProperty("publisher").GetProperty("@id").GetString());
        Assert.Equal(BaseUrl + "/", head.Link("canonical"));
    }

    [Fact]
    public async Task ABlogPostNamesItsAuthorAndANewsArticleItsPublisher()
    {
        var post = site.Snapshot.OfType("blogPost").First(p => p.HasValue("authorName", "fi"));
        var head = HeadDocument.Parse(await site.CreateClient().GetStringAsync(post.Url("fi")));
        var posting = head.Node("BlogPosting");
        Assert.Equal("Person", posting.GetProperty("author").GetProperty("@type").GetString());
        Assert.Equal(post.Value<string>("authorName", "fi"), posting.GetProperty("author").GetProperty("name").GetString());

        var article = site.Snapshot.OfType("newsArticle").First();
        var news = HeadDocument.Parse(await site.CreateClient().GetStringAsync(article.Url("fi"))).Node("NewsArticle");
        Assert.EndsWith("#organization", news.GetProperty("publisher").GetProperty("@id").GetString());
        Assert.Equal(article.Name("fi"), news.GetProperty("headline").GetString());
    }

    [Fact]
    public async Task AnEventHasItsTimePlaceStatusOrganizerAndSeats()
    {
        var events = site.Snapshot.OfType("partnershipTable");
        var scheduled = events.First(e => e.Value<DateTimeOffset?>("startTime", "fi") is not null && !e.Value<bool>("venueToBeAnnounced", "fi"));
        var node = HeadDocument.Parse(await site.CreateClient().GetStringAsync(scheduled.Url("fi"))).Node("Event");

        var start = node.GetProperty("startDate").GetString()!;
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]0[23]:00$", start); // Helsinki's offset, +02:00 or +03:00
        Assert.Equal(scheduled.Value<DateTimeOffset?>("startTime", "fi"), DateTimeOffset.Parse(start, CultureInfo.InvariantCulture));
        Assert.Equal("https://schema.org/EventScheduled", node.GetProperty("eventStatus").GetString());
        Assert.Equal("https://schema.org/OfflineEventAttendanceMode", node.GetProperty("eventAttendanceMode").GetString());
        var place = node.GetProperty("location");
        Assert.Equal("Place", place.GetProperty("@type").GetString());
        Assert.Equal("PostalAddress", place.GetProperty("address").GetProperty("@type").GetString());
        Assert.Equal("FI", place.GetProperty("address").GetProperty("addressCountry").GetString());
        Assert.True(node.TryGetProperty("organizer", out _));
        if (scheduled.HasValue("registrationForm", "fi"))
        {
            var offer = node.GetProperty("offers");
            Assert.StartsWith("https://schema.org/", offer.GetProperty("availability").GetString());
            Assert.Equal("EUR", offer.GetProperty("priceCurrency").GetString());
        }

        // An event with many seats free and its registration open is offered as in stock.
        var roomy = events.First(e => e.HasValue("registrationForm", "fi") && e.Value<int?>("capacity", "fi") >= 10
            && e.Value<DateTimeOffset?>("startTime", "fi") > site.Clock.Now.AddDays(4) && !e.Value<bool>("venueToBeAnnounced", "fi"));
        var roomyOffer = HeadDocument.Parse(await site.CreateClient().GetStringAsync(roomy.Url("fi"))).Node("Event").GetProperty("offers");
        Assert.Equal("https://schema.org/InStock", roomyOffer.GetProperty("availability").GetString());
        Assert.True(DateTimeOffset.TryParse(roomyOffer.GetProperty("validThrough").GetString(), CultureInfo.InvariantCulture, out _));

        var open = events.FirstOrDefault(e => e.Value<DateTimeOffset?>("startTime", "fi") is null);
        if (open is not null)
        {
            var tba = HeadDocument.Parse(await site.CreateClient().GetStringAsync(open.Url("fi"))).Node("Event");
            Assert.Equal("https://schema.org/EventPostponed", tba.GetProperty("eventStatus").GetString());
        }
    }

    [Fact]
    public async Task AnAssociationIsAnOrganizationWithItsAddress()
    {
        var association = site.Snapshot.OfType("association").First(a => a.HasValue("address", "fi"));
        var node = HeadDocument.Parse(await site.CreateClient().GetStringAsync(association.Url("fi"))).Node("Organization");
        Assert.Equal(association.Name("fi"), node.GetProperty("name").GetString());
        Assert.Equal("PostalAddress", node.GetProperty("address").GetProperty("@type").GetString());
    }

    [Fact]
    public async Task StructuredDataCarriesThePagesNonceAndCannotEndItsScript()
    {
        var response = await site.CreateClient().GetAsync("/");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<script type=\"application/ld+json\" nonce=", html); // as crawlers that match text expect it
        var head = HeadDocument.Parse(html);
        var nonce = head.JsonLdScript!.GetAttribute("nonce");
        Assert.False(string.IsNullOrEmpty(nonce));
        Assert.Contains($"'nonce-{nonce}'", csp);
        Assert.DoesNotContain("</", head.JsonLdScript.TextContent);
    }

    private void CheckCard(HeadDocument head, PublishedContent item, string culture, string url)
    {
        var canonical = BaseUrl + url;
        Assert.Equal(canonical, head.Link("canonical"));
        Assert.Equal(canonical, head.Meta("og:url"));
        Assert.False(string.IsNullOrWhiteSpace(head.Meta("description")), $"{url}: no meta description");
        Assert.Equal(head.Meta("description"), head.Meta("og:description"));
        Assert.False(string.IsNullOrWhiteSpace(head.Meta("og:title")));
        Assert.False(string.IsNullOrWhiteSpace(head.Meta("og:site_name")));
        var article = item.ContentTypeAlias is "newsArticle" or "blogPost";
        Assert.Equal(article ? "article" : "website", head.Meta("og:type"));
        if (article)
        {
            Assert.True(DateTimeOffset.TryParse(head.Meta("article:published_time"), CultureInfo.InvariantCulture, out _), $"{url}: article:published_time");
        }

        Assert.StartsWith(BaseUrl + "/jako/", head.Meta("og:image"));
        Assert.Equal("1200", head.Meta("og:image:width"));
        Assert.Equal("630", head.Meta("og:image:height"));
        Assert.False(string.IsNullOrWhiteSpace(head.Meta("og:image:alt")));
        Assert.Equal("summary_large_image", head.Meta("twitter:card"));

        var cultures = item.Cultures.Where(c => c.Value.Url is not null).ToDictionary(c => c.Key, c => BaseUrl + c.Value.Url);
        Assert.Equal(Locales[culture], head.Meta("og:locale"));
        Assert.Equal(cultures.Keys.Where(c => c != culture).Select(c => Locales[c]).Order(), head.All("og:locale:alternate").Order());
        var hreflangs = head.HrefLangs();
        foreach (var (other, otherUrl) in cultures)
        {
            Assert.Equal(otherUrl, hreflangs[other]);
        }

        Assert.Equal(cultures["fi"], hreflangs["x-default"]);

        var graph = head.Graph();
        var types = graph.Select(n => n.GetProperty("@type").GetString()).ToList();
        var expected = item.ContentTypeAlias switch
        {
            "home" => "WebSite",
            "newsArticle" => "NewsArticle",
            "blogPost" => "BlogPosting",
            "partnershipTable" => "Event",
            "association" => "Organization",
            _ => null,
        };
        if (expected is not null)
        {
            Assert.Contains(expected, types);
        }

        if (item.Level > 1)
        {
            var crumbs = graph.Single(n => n.GetProperty("@type").GetString() == "BreadcrumbList").GetProperty("itemListElement").EnumerateArray().ToList();
            Assert.Equal(canonical, crumbs[^1].GetProperty("item").GetString());
            Assert.Equal(1, crumbs[0].GetProperty("position").GetInt32());
        }
    }
}

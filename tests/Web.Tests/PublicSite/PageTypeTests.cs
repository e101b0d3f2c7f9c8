using System.Net;
using System.Text.RegularExpressions;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.PublicSite;

/// <summary>Every page type of the demo site renders, in every language it has, with the right lang and a single h1.</summary>
public sealed partial class PageTypeTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    public static TheoryData<string> PageTypes => new()
    {
        "home", "newsList", "newsArticle", "blog", "blogPost", "directory", "association", "events", "partnershipTable",
        "projects", "project", "areaCommittees", "areaCommittee", "spaces", "space", "search", "page",
    };

    // What each page type promises beyond its heading: the values of these properties appear on the page.
    private static readonly Dictionary<string, string[]> KeyValues = new()
    {
        ["home"] = ["tagline"],
        ["newsArticle"] = ["summary", "authorName"],
        ["blogPost"] = ["summary", "authorName"],
        ["association"] = ["summary", "municipality", "businessId"],
        ["project"] = ["summary", "funder"],
        ["partnershipTable"] = ["theme"],
    };

    // Listing pages promise their items: at least one child published in the page's language appears by name.
    private static readonly HashSet<string> Listings = ["newsList", "blog", "directory", "events", "projects", "areaCommittees", "spaces"];

    [Theory, MemberData(nameof(PageTypes))]
    public async Task EveryPageTypeRendersItsHeadingAndKeyValuesInEveryLanguageItHas(string contentType)
    {
        var client = site.CreateClient();
        var items = site.Snapshot.OfType(contentType).ToList();
        Assert.NotEmpty(items);
        var checkedValues = 0;
        foreach (var item in items.Take(3))
        {
            foreach (var (culture, variant) in item.Cultures.Where(c => c.Value.Url is not null))
            {
                var response = await client.GetAsync(variant.Url);
                var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{variant.Url} answered {(int)response.StatusCode}");
                Assert.Contains($"<html lang=\"{culture}\">", html);
                // The home page shows the site name as its heading; every other page its own name.
                var heading = Assert.Single(Heading().Matches(html)).Groups[1].Value.Trim();
                Assert.Equal(item.Value<string>("siteName", culture) ?? variant.Name, heading);
                foreach (var alias in KeyValues.GetValueOrDefault(contentType, []))
                {
                    if (item.Value<string>(alias, culture) is { Length: > 0 } value)
                    {
                        Assert.Contains(value, html);
                        checkedValues++;
                    }
                }

                var children = site.Snapshot.Children(item).Where(c => c.IsRoutable(culture)).ToList();
                if (Listings.Contains(contentType) && children.Count > 0)
                {
                    Assert.True(children.Any(c => html.Contains(c.Name(culture), StringComparison.Ordinal)), $"{variant.Url} lists none of its {children.Count} items");
                    checkedValues++;
                }
            }
        }

        // A type whose items never have their promised values would pass the loop above without checking anything.
        Assert.True(checkedValues > 0 || (!KeyValues.ContainsKey(contentType) && !Listings.Contains(contentType)), $"no {contentType} page had a key value to check");
    }

    [Fact]
    public async Task TheHomePageAnswersAtTheRootAndInOtherLanguages()
    {
        var client = site.CreateClient();
        var home = site.Snapshot.Home!;
        var root = WebUtility.HtmlDecode(await client.GetStringAsync("/"));
        Assert.Contains($"<h1>{home.Value<string>("siteName", "fi") ?? home.Name("fi")}</h1>", root);
        foreach (var culture in home.Cultures.Keys.Where(c => c != "fi"))
        {
            var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/{culture}/"));
            Assert.Contains($"<html lang=\"{culture}\">", html);
            Assert.Contains($"<h1>{home.Value<string>("siteName", culture) ?? home.Name(culture)}</h1>", html);
        }
    }

    [Fact]
    public async Task FinnishOnlyItemsOnASwedishPageAreMarkedAsFinnish()
    {
        var directory = site.Snapshot.OfType("directory").Single();

        var html = await site.CreateClient().GetStringAsync(directory.Url("sv"));

        Assert.Contains("<html lang=\"sv\">", html);
        Assert.Contains("<li lang=\"fi\">", html);
    }

    [GeneratedRegex("<h1[^>]*>(.*?)</h1>", RegexOptions.Singleline)]
    private static partial Regex Heading();
}

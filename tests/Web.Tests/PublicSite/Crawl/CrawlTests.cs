using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using Participation.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Participation.Web.Tests.PublicSite.Crawl;

/// <summary>
/// Every public page a reader can reach by links from the three home pages: no link to a missing page (or to a
/// missing place on a page), no empty heading, no link to a placeholder domain, and no text promising a form that
/// the page does not have.
/// </summary>
public sealed partial class CrawlTests(SiteFactory site, ITestOutputHelper output) : IClassFixture<SiteFactory>
{
    // Far above the demo site's few hundred pages (pagers and tag lists included); a runaway walk stops here.
    private const int MaxPages = 3000;

    private static readonly string[] PlaceholderHosts = ["example.fi", "example.com", "example.org", "example.net", "localhost"];

    [Fact]
    public async Task EveryPageReachableFromTheHomePagesKeepsWhatItsLinksAndWordsPromise()
    {
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var crawler = new SiteCrawler(client, MaxPages);

        await crawler.WalkAsync("/", "/sv/", "/en/");

        var problems = crawler.Problems.ToList();
        foreach (var (url, page) in crawler.Pages)
        {
            problems.AddRange(EmptyHeadings(page).Select(h => $"{url} has an empty <{h}>"));
            problems.AddRange(PlaceholderLinks(page).Select(href => $"{url} links to the placeholder {href}"));
            if (FormPromise(page) is { } promise)
            {
                problems.Add($"{url} says \"{promise}\" but has no form");
            }
        }

        output.WriteLine($"walked {crawler.Pages.Count} pages");
        Console.WriteLine($"Crawl: walked {crawler.Pages.Count} pages from /, /sv/ and /en/");
        Assert.InRange(crawler.Pages.Count, 100, MaxPages - 1); // every section in three languages, and the walk ended by itself
        foreach (var culture in new[] { "fi", "sv", "en" })
        {
            Assert.Contains(crawler.Pages, p => p.Page.DocumentElement.GetAttribute("lang") == culture);
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void TheChecksFindWhatTheyLookFor()
    {
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            "<html><body><main><h2> </h2><h3><img alt=\"\"></h3><h4>Otsikko</h4><p>Varaa tila alla olevalla lomakkeella.</p>" +
            "<a href=\"https://example.fi/yhdistys\">sivut</a><a href=\"https://www.example.com\">x</a><a href=\"mailto:a@example.fi\">posti</a></main></body></html>");

        Assert.Equal(["h2", "h3"], EmptyHeadings(page));
        Assert.Equal(["https://example.fi/yhdistys", "https://www.example.com"], PlaceholderLinks(page));
        Assert.Equal("alla olevalla lomakkeella", FormPromise(page));
        page.QuerySelector("main")!.InnerHtml += "<form method=\"post\"></form>";
        Assert.Null(FormPromise(page));
    }

    private static List<string> EmptyHeadings(IDocument page) => page.QuerySelectorAll("h1, h2, h3, h4, h5, h6")
        .Where(h => h.TextContent.Trim().Length == 0 && !h.QuerySelectorAll("img[alt]").Any(i => i.GetAttribute("alt")!.Trim().Length > 0))
        .Select(h => h.LocalName)
        .ToList();

    private static List<string> PlaceholderLinks(IDocument page) => page.QuerySelectorAll("a[href]")
        .Select(a => a.GetAttribute("href")!)
        .Where(href => Uri.TryCreate(href, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            && PlaceholderHosts.Any(h => url.Host == h || url.Host.EndsWith("." + h, StringComparison.Ordinal)))
        .ToList();

    /// <summary>The first words in the page's main text that promise a form on this page, when the page has none.</summary>
    private static string? FormPromise(IDocument page)
    {
        var main = page.QuerySelector("main") ?? page.Body!;
        // A search or filter form keeps no promise to sign up, book or send something.
        if (main.QuerySelectorAll("form").Any(f => f.GetAttribute("role") != "search"))
        {
            return null;
        }

        var match = Promise().Match(Regex.Replace(main.TextContent, @"\s+", " "));
        return match.Success ? match.Value : null;
    }

    // fi, sv and en ways of pointing at a form on the page itself.
    [GeneratedRegex(
        @"alla olevalla lomakkeella|alla olevasta lomakkeesta|lomakkeella alla|lomakkeesta alla|tämän sivun lomakkeella|tällä sivulla olevalla lomakkeella|ilmoittaudu alla|varaa alla" +
        @"|formuläret nedan|nedanstående formulär|formuläret på den här sidan|anmäl dig nedan|boka nedan" +
        @"|the form below|the form on this page|book on this page|sign up below|register below|using this form",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Promise();
}

using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Content;
using Participation.Cms.PageCache;
using Participation.Cms.PublishedCache;
using Participation.Cms.Routing;
using Participation.Cms.Security;
using Participation.Web.Tests.DeliveryApi;

namespace Participation.Web.Tests.PublicSite;

/// <summary>
/// Parts of public pages (head, menus, an article, a list page) are rendered once per publish and page and written again
/// for the requests the page cache does not answer, such as a shared link's own query string: with each response's own
/// nonce, never past a publish, never from a preview, and never with what the reader's query or form put there.
/// </summary>
public sealed partial class KeptFragmentTests(DeliveryApiSite api) : IClassFixture<DeliveryApiSite>
{
    private KeptFragments Fragments => api.Site.Services.GetRequiredService<KeptFragments>();

    [Fact]
    public async Task AnArticlesPartsAreKeptAndWrittenAgainWithTheNextResponsesNonce()
    {
        var key = await api.PublishArticleAsync("Jaettu uutinen kyläillasta", "Ilta kylätalolla.");
        var url = api.Site.Snapshot.GetByKey(key)!.Url("fi")!;

        var first = await GetAsync(url + "?fbclid=ensimmainen");
        var second = await GetAsync(url + "?fbclid=toinen");

        Assert.Null(second.Age); // not the page cache: its own query string
        var set = Fragments.For(api.Site.Snapshot);
        Assert.NotNull(set);
        foreach (var part in new[] { "head", "header", "menu", "breadcrumbs", "article" })
        {
            Assert.NotNull(set.Find($"{key:N}|fi|{part}"));
        }

        Assert.NotNull(set.Find("fi|footer"));
        Assert.NotEqual(first.Nonce, second.Nonce);
        foreach (var page in new[] { first, second })
        {
            var written = NonceAttribute().Matches(page.Body).Select(m => m.Groups[1].Value).ToList();
            Assert.True(written.Count >= 3, $"{written.Count} nonces written"); // JSON-LD, the share script, the layout's scripts
            Assert.All(written, n => Assert.Equal(page.Nonce, n));
            Assert.Contains("<h1>Jaettu uutinen kyläillasta</h1>", page.Body, StringComparison.Ordinal);
            Assert.Contains("<title>Jaettu uutinen kyläillasta", page.Body, StringComparison.Ordinal);
        }

        Assert.Equal(first.Body.Replace(first.Nonce, "", StringComparison.Ordinal), second.Body.Replace(second.Nonce, "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task APublishShowsItsTextInEveryPartAtOnce()
    {
        var key = await api.PublishArticleAsync("Kevätsiivouksen ensimmäinen nimi", "Ensin.");
        var url = api.Site.Snapshot.GetByKey(key)!.Url("fi")!;
        Assert.Contains("Kevätsiivouksen ensimmäinen nimi", (await GetAsync(url + "?a=1")).Body, StringComparison.Ordinal);
        Assert.NotNull(Fragments.For(api.Site.Snapshot)!.Find($"{key:N}|fi|article"));

        var document = new ContentDocument { Values = { ["publishDate"] = DateTimeOffset.UtcNow.AddHours(-1).ToString("O") } };
        document.Cultures["fi"] = new() { Name = "Kevätsiivouksen toinen nimi", Segment = url.Trim('/').Split('/')[^1], Values = { ["summary"] = "Sitten.", ["body"] = "<p>Uusi teksti.</p>" } };
        await api.Content.SaveAsync(key, document, "testi");
        await api.Content.PublishAsync(key, null, "testi");

        var page = await GetAsync(url + "?a=2");
        Assert.DoesNotContain("Kevätsiivouksen ensimmäinen nimi", page.Body, StringComparison.Ordinal);
        Assert.Contains("<title>Kevätsiivouksen toinen nimi", page.Body, StringComparison.Ordinal); // head
        Assert.Contains("<h1>Kevätsiivouksen toinen nimi</h1>", page.Body, StringComparison.Ordinal); // article
        Assert.Contains("aria-current=\"page\">Kevätsiivouksen toinen nimi</a>", page.Body, StringComparison.Ordinal); // breadcrumbs
        Assert.Contains("<p>Uusi teksti.</p>", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatTheQueryAsksForIsWrittenForEachRequest()
    {
        const string url = "/tietosuoja/";
        var first = await GetAsync(url + "?q=ensimmäinen");
        var second = await GetAsync(url + "?q=toinen&" + PageModel.UntranslatedQuery);

        Assert.NotNull(Fragments.For(api.Site.Snapshot)!.Find($"{api.Site.Snapshot.GetByRoute("fi", url)!.Key:N}|fi|header"));
        Assert.Contains("value=\"ensimmäinen\"", first.Body, StringComparison.Ordinal);
        Assert.Contains("value=\"toinen\"", second.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("untranslated-notice", first.Body, StringComparison.Ordinal);
        Assert.Contains("untranslated-notice", second.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAndTheDirectoryKeepTheirLayoutButNeverTheirResults()
    {
        foreach (var (type, queries) in new[] { ("search", new[] { "?q=kylätoiminta", "?q=asukasilta" }), ("directory", new[] { "?kunta=Kouvola", "?kunta=Iitti" }) })
        {
            var page = api.Site.Snapshot.OfType(type).Single();
            var url = page.Url("fi")!;
            var first = await GetAsync(url + queries[0]);
            var second = await GetAsync(url + queries[1]);

            var set = Fragments.For(api.Site.Snapshot)!;
            Assert.NotNull(set.Find($"{page.Key:N}|fi|head"));
            Assert.NotNull(set.Find($"{page.Key:N}|fi|breadcrumbs"));
            Assert.Equal(Head(first.Body).Replace(first.Nonce, "", StringComparison.Ordinal), Head(second.Body).Replace(second.Nonce, "", StringComparison.Ordinal));
            Assert.NotEqual(MainPart(first.Body), MainPart(second.Body)); // the results are each query's own
        }

        var search = api.Site.Snapshot.OfType("search").Single().Url("fi")!;
        Assert.Contains("value=\"asukasilta\"", (await GetAsync(search + "?q=asukasilta")).Body, StringComparison.Ordinal);
        Assert.Contains("value=\"kylätoiminta\"", (await GetAsync(search + "?q=kylätoiminta")).Body, StringComparison.Ordinal);
    }

    private static string Head(string body) => body[..body.IndexOf("</head>", StringComparison.Ordinal)];

    private static string MainPart(string body) => body[body.IndexOf("<main", StringComparison.Ordinal)..body.IndexOf("</main>", StringComparison.Ordinal)];

    [Fact]
    public async Task EachPageOfAListIsKeptApart()
    {
        // A tag of this test's own: its list is these eleven, newest first, whatever else the class published.
        const string tag = "sivutuskoe";
        var list = api.Site.Snapshot.OfType("newsList").Single();
        for (var i = 0; i < 11; i++)
        {
            var document = new ContentDocument { Values = { ["publishDate"] = api.Site.Clock.Now.AddHours(-1).AddSeconds(i).ToString("O"), ["tags"] = new JsonArray(tag) } };
            document.Cultures["fi"] = new() { Name = $"Sivutettu uutinen {i:00}", Values = { ["summary"] = "Listalle.", ["body"] = "<p>Teksti.</p>" } };
            await api.Content.PublishAsync(await api.Content.CreateAsync(new("newsArticle", list.Key, document), "testi"), null, "testi");
        }

        var one = await GetAsync($"/uutiset/?tag={tag}&x=1");
        var two = await GetAsync($"/uutiset/?tag={tag}&sivu=2");
        var oneAgain = await GetAsync($"/uutiset/?tag={tag}&x=2");
        var all = await GetAsync("/uutiset/?x=3");

        var set = Fragments.For(api.Site.Snapshot)!;
        Assert.NotNull(set.Find($"{list.Key:N}|fi|{tag}|1|listing"));
        Assert.NotNull(set.Find($"{list.Key:N}|fi|{tag}|2|listing"));
        Assert.NotNull(set.Find($"{list.Key:N}|fi||1|listing"));
        Assert.Equal(Enumerable.Range(1, 10).Reverse().Select(i => $"Sivutettu uutinen {i:00}"), Cards(one.Body));
        Assert.Equal(["Sivutettu uutinen 00"], Cards(two.Body));
        Assert.Contains("aria-current=\"page\" aria-label=\"Sivu 2\"", two.Body, StringComparison.Ordinal);
        Assert.Equal(Cards(one.Body), Cards(oneAgain.Body));
        Assert.Contains("filter-status", one.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("filter-status", all.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheEventsPageKeepsItsListsAndShowsANewEventAtOnce()
    {
        var events = api.Site.Snapshot.OfType("events").Single();
        var url = events.Url("fi")!;
        var before = await GetAsync(url + "?x=1");
        Assert.NotNull(Fragments.For(api.Site.Snapshot)!.Find($"{events.Key:N}|fi|1|1|events"));

        var start = api.Site.Clock.Now.AddDays(1);
        var document = new ContentDocument
        {
            Values =
            {
                ["startTime"] = start.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
                ["endTime"] = start.AddHours(2).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            },
        };
        document.Cultures["fi"] = new() { Name = "Huomisen kumppanuuspöytä", Values = { ["theme"] = "Huomisen teema" } };
        await api.Content.PublishAsync(await api.Content.CreateAsync(new("partnershipTable", events.Key, document), "testi"), null, "testi");

        var after = await GetAsync(url + "?x=2");
        Assert.DoesNotContain("Huomisen kumppanuuspöytä", before.Body, StringComparison.Ordinal);
        Assert.Contains("Huomisen kumppanuuspöytä", after.Body, StringComparison.Ordinal);
        Assert.NotNull(Fragments.For(api.Site.Snapshot)!.Find($"{events.Key:N}|fi|1|1|events"));
    }

    [Fact]
    public async Task APreviewIsNeitherKeptNorGivenKeptParts()
    {
        var key = await api.PublishArticleAsync("Esikatseltava uutinen", "Ensin.");
        var snapshots = api.Site.Services.GetRequiredService<PublishedSnapshotService>();

        Assert.Null(Fragments.For(await snapshots.PreviewAsync(key)));
        Assert.Null(Fragments.For(await snapshots.DraftsAsync()));
        Assert.NotNull(Fragments.For(snapshots.Current));
    }

    [Fact]
    public async Task PartsAreRenderedAgainOnceThePageCachesDurationHasPassed()
    {
        // What changes with the clock alone (an event moving to the past) is bounded as the page cache bounds it.
        var url = "/tietosuoja/?aika=1";
        await GetAsync(url);
        var key = $"{api.Site.Snapshot.GetByRoute("fi", "/tietosuoja/")!.Key:N}|fi|head";
        Assert.NotNull(Fragments.For(api.Site.Snapshot)!.Find(key));

        api.Site.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.NotNull(Fragments.For(api.Site.Snapshot)!.Find(key));
        api.Site.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Null(Fragments.For(api.Site.Snapshot)!.Find(key));
        await GetAsync(url);
        Assert.NotNull(Fragments.For(api.Site.Snapshot)!.Find(key));
    }

    [Fact]
    public async Task APartWithAFormsTokenIsNotKeptAndANonceIsCutOut()
    {
        var home = api.Site.Snapshot.Home!;
        var http = new DefaultHttpContext { RequestServices = api.Site.Services };
        var page = new ContentPage(new PageContext(home, "fi", api.Site.Snapshot, http));
        var set = Fragments.For(api.Site.Snapshot)!;

        var withToken = await RenderAsync(http, page, "form-test", "<form><input name=\"__RequestVerificationToken\" value=\"abc\"></form>");
        Assert.Contains("abc", withToken, StringComparison.Ordinal);
        Assert.Null(set.Find($"{page.FragmentKey}|form-test"));

        var nonce = CspNonce.For(http);
        var written = await RenderAsync(http, page, "nonce-test", $"<script nonce=\"{nonce}\"></script>");
        Assert.Equal(2, set.Find($"{page.FragmentKey}|nonce-test")!.Length);

        var next = new DefaultHttpContext { RequestServices = api.Site.Services };
        var again = await RenderAsync(next, page, "nonce-test", "<p>not rendered: the kept copy is written</p>");
        Assert.Equal(written.Replace(nonce, CspNonce.For(next), StringComparison.Ordinal), again);
    }

    private async Task<string> RenderAsync(HttpContext http, PageModel page, string part, string content)
    {
        var helper = new KeptFragmentTagHelper(Fragments)
        {
            ViewContext = new ViewContext { HttpContext = http },
            Page = page,
            Part = part,
        };
        var context = new TagHelperContext([], new Dictionary<object, object>(), "test");
        var output = new TagHelperOutput("kept-fragment", [], (_, _) =>
            Task.FromResult<TagHelperContent>(new DefaultTagHelperContent().SetHtmlContent(content)));
        await helper.ProcessAsync(context, output);
        using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    private static List<string> Cards(string body) => CardTitle().Matches(body).Select(m => m.Groups[1].Value).ToList();

    private async Task<Page> GetAsync(string url)
    {
        using var client = api.Site.CreateClient();
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        return new Page(await response.Content.ReadAsStringAsync(), PolicyNonce().Match(csp).Groups[1].Value, response.Headers.Age);
    }

    private sealed record Page(string Body, string Nonce, TimeSpan? Age);

    [GeneratedRegex("'nonce-([0-9a-f]+)'")]
    private static partial Regex PolicyNonce();

    [GeneratedRegex("nonce=\"([0-9a-f]+)\"")]
    private static partial Regex NonceAttribute();

    [GeneratedRegex("class=\"card-title\"><a href=\"[^\"]+\">([^<]+)</a>")]
    private static partial Regex CardTitle();
}

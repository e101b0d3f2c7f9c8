using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Participation.Cms.Content;
using Participation.Web.Tests.DeliveryApi;

namespace Participation.Web.Tests.PublicSite;

/// <summary>
/// Public pages are kept in memory for the published snapshot they were rendered from (an <c>Age</c> header shows an
/// answer came from there), never past a publish, never with a form or a reader's data in them; every answer still has
/// a nonce of its own; a browser asking again gets a 304; text is compressed.
/// </summary>
public sealed partial class PageCacheTests(DeliveryApiSite api) : IClassFixture<DeliveryApiSite>
{
    [Fact]
    public async Task APublishReplacesTheKeptPageAndTheKeptApiAnswerAtOnce()
    {
        var key = await api.PublishArticleAsync("Välimuistisivun ensimmäinen otsikko", "Ensin.");
        var list = "/content?fetch=children:/uutiset&take=1000";
        Assert.Contains("Välimuistisivun ensimmäinen otsikko", (await GetAsync("/uutiset/")).Body);
        var kept = await GetAsync("/uutiset/");
        Assert.NotNull(kept.Age);
        Assert.Contains("Välimuistisivun ensimmäinen otsikko", kept.Body);
        await api.GetAsync(list);
        var keptAnswer = await api.GetAsync(list);
        Assert.NotNull(keptAnswer.Header("Age"));
        var apiTag = keptAnswer.Header("ETag")!;
        Assert.StartsWith("W/\"", apiTag, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, (await api.GetAsync(list, ("If-None-Match", apiTag))).Status);

        var document = new ContentDocument { Values = { ["publishDate"] = DateTimeOffset.UtcNow.AddHours(-1).ToString("O") } };
        document.Cultures["fi"] = new() { Name = "Välimuistisivun toinen otsikko", Segment = "valimuistisivun-ensimmainen-otsikko", Values = { ["summary"] = "Sitten.", ["body"] = "<p>Teksti.</p>" } };
        await api.Content.SaveAsync(key, document, "testi");
        Assert.NotNull((await GetAsync("/uutiset/")).Age); // a saved draft changes no public page
        await api.Content.PublishAsync(key, null, "testi");

        var page = await GetAsync("/uutiset/");
        Assert.Null(page.Age);
        Assert.Contains("Välimuistisivun toinen otsikko", page.Body);
        Assert.DoesNotContain("Välimuistisivun ensimmäinen otsikko", page.Body);
        var answer = await api.GetAsync(list);
        Assert.Null(answer.Header("Age"));
        Assert.Contains("Välimuistisivun toinen otsikko", answer.Names);
        Assert.NotEqual(apiTag, answer.Header("ETag"));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(list, ("If-None-Match", apiTag))).Status);
    }

    [Fact]
    public async Task EveryAnswerFromAKeptPageCarriesANonceOfItsOwn()
    {
        var first = await GetAsync("/tietosuoja/");
        var second = await GetAsync("/tietosuoja/");

        Assert.NotNull(second.Age);
        Assert.NotEqual(first.Nonce, second.Nonce);
        foreach (var page in new[] { first, second })
        {
            var written = NonceAttribute().Matches(page.Body).Select(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(written);
            Assert.All(written, n => Assert.Equal(page.Nonce, n));
        }

        Assert.Equal(first.Body.Replace(first.Nonce, "", StringComparison.Ordinal), second.Body.Replace(second.Nonce, "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ABrowserAskingAgainForItsCopyGetsA304WithThatCopysPolicy()
    {
        var page = await GetAsync("/tietosuoja/");
        var etag = page.Response.Headers.ETag!;
        Assert.True(etag.IsWeak);
        Assert.Contains(page.Nonce, etag.Tag, StringComparison.Ordinal);
        Assert.Contains("no-cache", page.Response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);

        var again = await GetAsync("/tietosuoja/", r => r.Headers.IfNoneMatch.Add(etag));
        Assert.Equal(HttpStatusCode.NotModified, again.Response.StatusCode);
        Assert.Equal(page.Nonce, again.Nonce); // the 304 updates the kept copy's headers: its scripts must still run
        Assert.Empty(again.Body);

        var otherPage = etag.Tag.Replace(etag.Tag[1..5], "0000", StringComparison.Ordinal);
        var changed = await GetAsync("/tietosuoja/", r => r.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(otherPage, isWeak: true)));
        Assert.Equal(HttpStatusCode.OK, changed.Response.StatusCode);
        Assert.NotEqual(page.Nonce, changed.Nonce);
    }

    [Fact]
    public async Task PagesWithAFormOrWhatReadersDidAreRenderedForEveryone()
    {
        var eventPage = api.Site.Snapshot.OfType("partnershipTable").First(e => e.Url("fi") is not null).Url("fi")!;
        foreach (var url in new[] { "/tietoa/", eventPage, "/haku/?q=kylä", "/yhdistykset/" })
        {
            var first = await GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, first.Response.StatusCode);
            var second = await GetAsync(url);
            Assert.True(second.Age is null, $"{url} was served from the page cache");
        }

        var form = await GetAsync("/tietoa/");
        Assert.Contains("__RequestVerificationToken", form.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagesStylesAndScriptsAreCompressedAndVersionedFilesKeptForAYear()
    {
        foreach (var (encoding, url) in new[] { ("br", "/uutiset/"), ("gzip", "/uutiset/"), ("br", "/css/site.css"), ("gzip", "/js/forms.js") })
        {
            using var client = api.Site.CreateClient();
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptEncoding.ParseAdd(encoding);
            using var response = await client.SendAsync(request);
            Assert.Equal(encoding, response.Content.Headers.ContentEncoding.Single());
            var compressed = await response.Content.ReadAsByteArrayAsync();
            await using Stream decoder = encoding == "br"
                ? new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress)
                : new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
            using var reader = new StreamReader(decoder);
            var text = await reader.ReadToEndAsync();
            Assert.True(compressed.Length < text.Length * 0.7, $"{url}: {compressed.Length} bytes for {text.Length} characters");
            if (url.EndsWith('/'))
            {
                Assert.EndsWith("</html>", text.TrimEnd(), StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(await client.GetStringAsync(url), text);
            }
        }

        var home = await GetAsync("/");
        var stylesheet = StylesheetLink().Match(home.Body).Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        Assert.Contains("?v=", stylesheet, StringComparison.Ordinal);
        using var css = await api.Site.CreateClient().GetAsync(stylesheet);
        Assert.Equal("public, max-age=31536000, immutable", css.Headers.CacheControl!.ToString());
        using var plain = await api.Site.CreateClient().GetAsync("/css/site.css");
        Assert.DoesNotContain("immutable", plain.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARequestWithALinksTokenCookieIsNeitherAnsweredFromNorKeptInTheCache()
    {
        const string url = "/uutiset/?linkkieväste=1"; // an address of this test's own
        void WithLinkCookie(HttpRequestMessage request) => request.Headers.Add("Cookie", "Participation.Link.Registration.0123=token");

        var first = await GetAsync(url, WithLinkCookie);
        var second = await GetAsync(url, WithLinkCookie);
        var withoutCookie = await GetAsync(url);
        var kept = await GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, first.Response.StatusCode);
        Assert.Null(second.Age); // not answered from the cache
        Assert.Null(withoutCookie.Age); // nor kept by either answer with the cookie
        Assert.NotNull(kept.Age); // the page is one the cache keeps
        Assert.Null((await GetAsync(url, WithLinkCookie)).Age); // ... and still not given to a request with the cookie
    }

    private async Task<Page> GetAsync(string url, Action<HttpRequestMessage>? prepare = null)
    {
        using var client = api.Site.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        prepare?.Invoke(request);
        var response = await client.SendAsync(request);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        return new Page(response, await response.Content.ReadAsStringAsync(), PolicyNonce().Match(csp).Groups[1].Value,
            response.Headers.Age);
    }

    private sealed record Page(HttpResponseMessage Response, string Body, string Nonce, TimeSpan? Age);

    [GeneratedRegex("'nonce-([0-9a-f]+)'")]
    private static partial Regex PolicyNonce();

    [GeneratedRegex("nonce=\"([0-9a-f]+)\"")]
    private static partial Regex NonceAttribute();

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex StylesheetLink();
}

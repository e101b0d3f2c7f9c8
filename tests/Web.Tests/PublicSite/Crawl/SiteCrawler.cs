using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Participation.Web.Tests.PublicSite.Crawl;

/// <summary>
/// Walks the public site as a reader's browser would follow its links: from the start pages, same host only, breadth
/// first, up to a bound. Every internal link is requested once (following redirects by hand, so a redirect to a
/// missing page is caught); HTML pages are parsed and handed to the checks.
/// </summary>
internal sealed class SiteCrawler(HttpClient client, int maxPages)
{
    // The backoffice, the media library, feeds, calendars and APIs are not pages a reader walks.
    private static readonly string[] NotWalked = ["/umbraco", "/media/", "/api/", "/share-image/"];
    private static readonly string[] FeedEndings = [".xml", ".ics", ".rss", ".atom", "/rss", "/atom", "/feed"];

    private readonly HtmlParser parser = new();
    private readonly Dictionary<string, Answer> answers = new(StringComparer.Ordinal);

    public List<string> Problems { get; } = [];

    public List<(string Url, IDocument Page)> Pages { get; } = [];

    public async Task WalkAsync(params string[] starts)
    {
        var queue = new Queue<(string Url, string From)>(starts.Select(s => (s, "start")));
        var queued = new HashSet<string>(starts, StringComparer.Ordinal);
        while (queue.TryDequeue(out var next) && Pages.Count < maxPages)
        {
            var answer = await RequestAsync(next.Url);
            if (!answer.Ok)
            {
                Problems.Add($"{next.From} links to {next.Url}, which answered {answer.Status}");
                continue;
            }

            if (answer.Page is not { } page || !Walkable(next.Url))
            {
                continue;
            }

            Pages.Add((next.Url, page));
            foreach (var (href, url) in Links(page, next.Url))
            {
                if (url.Fragment.Length > 1 && !await HasTargetAsync(url))
                {
                    Problems.Add($"{next.Url} links to {href}, whose #{url.Fragment[1..]} is not on that page");
                }

                var local = url.PathAndQuery;
                if (queued.Add(local))
                {
                    queue.Enqueue((local, next.Url));
                }
            }
        }
    }

    /// <summary>The page's same-host links as absolute addresses; other hosts and schemes (mailto:, tel:) are left out.</summary>
    public static IEnumerable<(string Href, Uri Url)> Links(IDocument page, string pageUrl)
    {
        var baseUrl = new Uri(new Uri("http://localhost"), pageUrl);
        foreach (var anchor in page.QuerySelectorAll("a[href]"))
        {
            var href = anchor.GetAttribute("href")!;
            if (Uri.TryCreate(baseUrl, href, out var url) && url.Scheme is "http" or "https" && url.Authority == baseUrl.Authority)
            {
                yield return (href, url);
            }
        }
    }

    private static bool Walkable(string url) =>
        !NotWalked.Any(p => url.StartsWith(p, StringComparison.OrdinalIgnoreCase))
        && !FeedEndings.Any(e => url.Split('?')[0].EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private async Task<bool> HasTargetAsync(Uri url)
    {
        var answer = await RequestAsync(url.PathAndQuery);
        var id = Uri.UnescapeDataString(url.Fragment[1..]);
        return answer.Page is null || answer.Page.GetElementById(id) is not null;
    }

    private async Task<Answer> RequestAsync(string url)
    {
        if (answers.TryGetValue(url, out var known))
        {
            return known;
        }

        var target = url;
        HttpResponseMessage response;
        var hops = 0;
        while (true)
        {
            response = await client.GetAsync(target);
            if ((int)response.StatusCode is < 300 or >= 400 || response.Headers.Location is not { } location || ++hops > 5)
            {
                break;
            }

            target = new Uri(new Uri("http://localhost" + target), location).PathAndQuery;
        }

        // The backoffice answers a reader with its sign-in page: a 401 or 403 there is not a broken link.
        var ok = response.IsSuccessStatusCode || (url.StartsWith("/umbraco", StringComparison.Ordinal) && response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden);
        var page = response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == "text/html"
            ? parser.ParseDocument(await response.Content.ReadAsStringAsync())
            : null;
        return answers[url] = new Answer(ok, $"{(int)response.StatusCode}{(hops > 0 ? $" after {hops} redirect(s) to {target}" : "")}", page);
    }

    private sealed record Answer(bool Ok, string Status, IDocument? Page);
}

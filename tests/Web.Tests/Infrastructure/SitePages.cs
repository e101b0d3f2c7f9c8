using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Participation.Web.Tests.Infrastructure;

/// <summary>A page of the test site, parsed as a browser would, after checking it answered 200.</summary>
internal static class SitePages
{
    public static async Task<IDocument> PageAsync(this SiteFactory site, string url)
    {
        var response = await site.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }
}

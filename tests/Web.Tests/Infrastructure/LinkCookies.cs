using System.Globalization;
using System.Net;

namespace Participation.Web.Tests.Infrastructure;

/// <summary>
/// ASVS 14.2.1's swap as a browser sees it: a link's first open answers 303 to the address without the token and
/// sets a short-lived HttpOnly, SameSite Lax cookie holding it.
/// </summary>
internal static class LinkCookies
{
    /// <summary>Checks the answer to a link's first open over plain HTTP; returns the cookie's name and value.</summary>
    public static string AssertSwapped(HttpResponseMessage response, string location, string cookieName, string path, string token)
    {
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
        Assert.DoesNotContain(token, response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain(Uri.EscapeDataString(token), response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore, "the 303 must not be stored");
        var attributes = Attributes(response, cookieName);
        Assert.Equal(token, Uri.UnescapeDataString(attributes[0][(cookieName.Length + 1)..]));
        Assert.Contains("path=" + path, attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=lax", attributes);
        Assert.DoesNotContain("secure", attributes); // plain HTTP; over HTTPS the cookie is __Host- and Secure
        var maxAge = int.Parse(attributes.Single(a => a.StartsWith("max-age=", StringComparison.Ordinal))["max-age=".Length..], CultureInfo.InvariantCulture);
        Assert.InRange(maxAge, 1, 3600);
        return attributes[0];
    }

    /// <summary>The Set-Cookie of <paramref name="cookieName"/> split into its value and lower-case attributes.</summary>
    public static List<string> Attributes(HttpResponseMessage response, string cookieName)
    {
        Assert.True(response.Headers.TryGetValues("Set-Cookie", out var cookies), "no cookie was set");
        var cookie = Assert.Single(cookies, c => c.StartsWith(cookieName + "=", StringComparison.Ordinal));
        var parts = cookie.Split(';').Select(a => a.Trim()).ToList();
        return [parts[0], .. parts.Skip(1).Select(a => a.ToLowerInvariant())];
    }

    /// <summary>A refused link sets no link cookie (other cookies, such as antiforgery for a form on the page, may come).</summary>
    public static void AssertNone(HttpResponseMessage response) =>
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.Contains("Participation.Link.", StringComparison.Ordinal));

    /// <summary>No link, image, frame or form address on the page carries the token.</summary>
    public static void AssertNoLinkCarries(string html, string token)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var addresses = document.All.SelectMany(e => new[] { "href", "src", "action", "formaction", "srcset" }.Select(e.GetAttribute)).OfType<string>().ToList();
        Assert.NotEmpty(addresses);
        Assert.DoesNotContain(addresses, a => a.Contains(token, StringComparison.Ordinal) || a.Contains(Uri.EscapeDataString(token), StringComparison.Ordinal));
    }
}

using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using MimeKit;
using Participation.Extensions.Registration.Seats;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Registration;

/// <summary>ASVS 14.2.1: the token of a participant's mailed link leaves the address on the first open and lives in a cookie for that event's page.</summary>
public sealed class ManageLinkTests
{
    [Fact]
    public async Task TheMailedLinkMovesItsTokenIntoACookieAndTheWaitlistedPersonsPageWorksWithoutIt()
    {
        await using var site = new SiteFactory();
        var (key, url) = await site.CreateEventAsync("Linkin kumppanuuspöytä", site.Clock.GetUtcNow().AddDays(20), capacity: 1, waitlist: true);
        var first = await site.SignUpAsync(url, "Aino", "aino@example.fi");
        await site.SignUpAsync(url, "Bertta", "bertta@example.fi");
        Assert.Equal(url + "#registration", first.Headers.Location?.OriginalString); // the sign-up's own redirect names no token either
        var link = RegistrationSite.ManageLink(To(await site.MailsAsync(), "bertta@example.fi"));
        var token = Uri.UnescapeDataString(link.Split("?r=")[1]);

        using var browser = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var opened = await browser.GetAsync(link);
        LinkCookies.AssertSwapped(opened, url + "#registration", $"Participation.Link.Registration.{key:N}", url, token);
        var page = await browser.GetAsync(url);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());

        Assert.Contains("Olet jonossa sijalla 1.", html, StringComparison.Ordinal);
        Assert.True(page.Headers.CacheControl?.NoStore);
        LinkCookies.AssertNoLinkCarries(html, token);
        Assert.DoesNotContain("Olet jonossa", WebUtility.HtmlDecode(await site.CreateClient().GetStringAsync(url)), StringComparison.Ordinal);

        // Cancelling from the box works, and the way back names no token.
        var cancelled = await site.CancelThroughAsync(link);
        Assert.Equal(url + "#registration", cancelled.Headers.Location?.OriginalString);
        Assert.Equal(RegistrationStatus.Cancelled, (await site.RegistrationsAsync(key)).Single(r => r.Email == "bertta@example.fi").Status);
    }

    [Fact]
    public async Task ACookieFromOneRegistrationOpensNoOther()
    {
        await using var site = new SiteFactory();
        var (firstKey, firstUrl) = await site.CreateEventAsync("Ensimmäinen pöytä", site.Clock.GetUtcNow().AddDays(20), capacity: 10, waitlist: false);
        var (secondKey, secondUrl) = await site.CreateEventAsync("Toinen pöytä", site.Clock.GetUtcNow().AddDays(21), capacity: 10, waitlist: false);
        await site.SignUpAsync(firstUrl, "Cecilia", "cecilia@example.fi");
        await site.SignUpAsync(secondUrl, "Daniel", "daniel@example.fi");
        var link = RegistrationSite.ManageLink(To(await site.MailsAsync(), "cecilia@example.fi"));
        using var browser = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var cookie = LinkCookies.Attributes(await browser.GetAsync(link), $"Participation.Link.Registration.{firstKey:N}")[0];

        // Cecilia's token under the other event's cookie name opens nothing there, and Daniel's registration stays hidden.
        var value = cookie[(cookie.IndexOf('=', StringComparison.Ordinal) + 1)..];
        using var request = new HttpRequestMessage(HttpMethod.Get, secondUrl);
        request.Headers.Add("Cookie", $"Participation.Link.Registration.{secondKey:N}={value}");
        var other = WebUtility.HtmlDecode(await (await browser.SendAsync(request)).Content.ReadAsStringAsync());

        Assert.DoesNotContain("Cecilia", other, StringComparison.Ordinal);
        Assert.DoesNotContain("Daniel", other, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"my-registration\"", other, StringComparison.Ordinal);
        using var own = new HttpRequestMessage(HttpMethod.Get, firstUrl);
        own.Headers.Add("Cookie", cookie);
        Assert.Contains("class=\"my-registration\"", await (await browser.SendAsync(own)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverHttpsTheCookieIsHostPrefixedAndSecure()
    {
        await using var site = new SiteFactory();
        var (key, url) = await site.CreateEventAsync("Salattu pöytä", site.Clock.GetUtcNow().AddDays(20), capacity: 10, waitlist: false);
        await site.SignUpAsync(url, "Eino", "eino@example.fi");
        var link = RegistrationSite.ManageLink(To(await site.MailsAsync(), "eino@example.fi"));
        using var https = site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        var opened = await https.GetAsync(link);

        Assert.Equal(HttpStatusCode.SeeOther, opened.StatusCode);
        var attributes = LinkCookies.Attributes(opened, $"__Host-Participation.Link.Registration.{key:N}");
        Assert.Contains("secure", attributes);
        Assert.Contains("path=/", attributes); // the prefix requires it; the name carries the event
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=lax", attributes);
        Assert.Contains("Eino", WebUtility.HtmlDecode(await https.GetStringAsync(url)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASignUpThroughTheFormsApiGetsNoCookie()
    {
        await using var site = new SiteFactory { Settings = new Dictionary<string, string> { ["Forms:ApiKey"] = "registration-api-key" } };
        var (key, _) = await site.CreateEventAsync("Rajapinnan pöytä", site.Clock.GetUtcNow().AddDays(20), capacity: 10, waitlist: false);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/umbraco/forms/delivery/api/v1/entries/{Participation.Web.Tests.Forms.SeededFormIds.EventRegistration}")
        {
            Content = new StringContent(
                $$$"""{"contentId": "{{{key}}}", "values": {"name": ["Greta"], "email": ["greta@example.fi"], "partySize": ["1"], "consent": ["on"]}}""",
                System.Text.Encoding.UTF8,
                "application/json"),
        };
        request.Headers.Add("Api-Key", "registration-api-key");

        var response = await site.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Single(await site.RegistrationsAsync(key));
        LinkCookies.AssertNone(response); // a JSON caller is sent nowhere; the mailed link opens the registration
    }

    [Fact]
    public async Task RequestLinesNeverWriteTheToken()
    {
        var lines = new LineLog();
        await using var site = new SiteFactory { Settings = new Dictionary<string, string> { ["Logging:LogLevel:Microsoft.AspNetCore"] = "Information" }, MoreLogging = lines };
        var (_, url) = await site.CreateEventAsync("Kirjattu pöytä", site.Clock.GetUtcNow().AddDays(20), capacity: 10, waitlist: false);
        await site.SignUpAsync(url, "Fanni", "fanni@example.fi");
        var link = RegistrationSite.ManageLink(To(await site.MailsAsync(), "fanni@example.fi"));
        var token = link.Split("?r=")[1];

        Assert.Contains("Fanni", WebUtility.HtmlDecode(await site.CreateClient().GetStringAsync(link)), StringComparison.Ordinal);

        Assert.Contains(lines.Lines, l => l.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal)); // the framework's own lines are written
        Assert.DoesNotContain(lines.Lines, l => l.Contains(token, StringComparison.Ordinal) || l.Contains(Uri.UnescapeDataString(token), StringComparison.Ordinal));
    }

    private static MimeMessage To(IEnumerable<MimeMessage> mails, string address) => RegistrationSite.FirstTo(mails, address);

    /// <summary>Every line every logger writes, at the levels the site's filters let through.</summary>
    private sealed class LineLog : ILoggerProvider
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> lines = new();

        public IReadOnlyCollection<string> Lines => lines;

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, System.Collections.Concurrent.ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{category}: {formatter(state, exception)}");
        }
    }
}

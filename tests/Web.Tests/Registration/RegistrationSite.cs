using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Participation.Cms.Content;
using Participation.Extensions.Persistence;
using Participation.Extensions.Registration.Seats;
using Participation.Web.Tests.Forms;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Registration;

/// <summary>Makes events to sign up for, signs people up through the page as a browser without script does, and reads what follows.</summary>
internal static partial class RegistrationSite
{
    public static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    /// <summary>A published partnership table with the seeded registration form; returns its key and address.</summary>
    public static async Task<(Guid Key, string Url)> CreateEventAsync(
        this SiteFactory site, string name, DateTimeOffset? start, int capacity, bool waitlist, int deadlineDays = 2)
    {
        var events = site.Snapshot.OfType("events").Single();
        var document = new ContentDocument();
        document.Cultures["fi"] = new CultureVariant { Name = name };
        document.Cultures["fi"].Values["theme"] = "Yhdessä tekeminen";
        document.Values["capacity"] = capacity.ToString(CultureInfo.InvariantCulture);
        document.Values["waitlist"] = waitlist;
        document.Values["registrationDeadlineDays"] = deadlineDays.ToString(CultureInfo.InvariantCulture);
        document.Values["venueToBeAnnounced"] = start is null;
        document.Values["registrationForm"] = SeededFormIds.EventRegistration.ToString();
        if (start is { } s)
        {
            document.Values["startTime"] = s.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            document.Values["endTime"] = s.AddHours(3).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            document.Values["venue"] = new System.Text.Json.Nodes.JsonObject { ["name"] = "Kylätalo Honkala", ["street"] = "Honkalantie 3", ["postalCode"] = "45100", ["city"] = "Kouvola" };
        }

        var content = site.Services.GetRequiredService<ContentService>();
        var key = await content.CreateAsync(new CreateContent("partnershipTable", events.Key, document), "test");
        await content.PublishAsync(key, null, "test");
        var url = site.Snapshot.GetByKey(key)?.Url("fi") ?? throw new InvalidOperationException("The event was not published.");
        return (key, url);
    }

    /// <summary>An editor changes the event's shared values and publishes.</summary>
    public static async Task EditEventAsync(this SiteFactory site, Guid key, Action<ContentDocument> change)
    {
        ContentDocument draft;
        await using (var db = site.Services.GetRequiredService<Participation.Cms.Persistence.CmsDatabase>().CreateContext())
        {
            var json = await db.Nodes.Where(n => n.Key == key).Join(db.Versions, n => n.DraftVersionId, v => v.Id, (n, v) => v.Document).SingleAsync();
            draft = ContentDocument.Parse(json);
        }

        change(draft);
        var content = site.Services.GetRequiredService<ContentService>();
        site.Clock.Advance(TimeSpan.FromSeconds(1)); // a new version is newer
        await content.SaveAsync(key, draft, "test");
        await content.PublishAsync(key, null, "test");
    }

    public static string Iso(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static (string, string)[] Person(string name, string email, int party = 1) =>
        [("name", name), ("email", email), ("partySize", party.ToString(CultureInfo.InvariantCulture)), ("consent", "on")];

    /// <summary>Opens the page, fills the form and posts it; the answer is not followed.</summary>
    public static async Task<HttpResponseMessage> SignUpAsync(this SiteFactory site, string url, string name, string email, int party = 1, params (string, string)[] more)
    {
        using var page = new FormPageClient(site);
        var hidden = await page.OpenAsync(url, "eventRegistration");
        return await page.PostAsync(url, hidden, [.. Person(name, email, party), .. more]);
    }

    public static async Task<List<EventRegistration>> RegistrationsAsync(this SiteFactory site, Guid eventKey)
    {
        await using var db = site.Services.GetRequiredService<ExtensionsDatabase>().CreateContext();
        return await db.Set<EventRegistration>().AsNoTracking().Where(r => r.EventKey == eventKey).ToListAsync();
    }

    public static async Task<EventSeats> SeatsAsync(this SiteFactory site, Guid eventKey)
    {
        await using var db = site.Services.GetRequiredService<ExtensionsDatabase>().CreateContext();
        return await db.Set<EventSeats>().AsNoTracking().SingleAsync(s => s.EventKey == eventKey);
    }

    /// <summary>Every mail in the pickup folder, after the outbox has run.</summary>
    public static async Task<List<MimeMessage>> MailsAsync(this SiteFactory site)
    {
        await site.SettleAsync();
        return Directory.Exists(site.MailFolder)
            ? Directory.GetFiles(site.MailFolder, "*.eml").Select(f => MimeMessage.Load(f)).ToList()
            : [];
    }

    public static string Calendar(MimeMessage mail) =>
        mail.Attachments.OfType<MimePart>().Where(p => p.ContentType.IsMimeType("text", "calendar") && p.Content is not null)
            .Select(p => { using var stream = new MemoryStream(); p.Content!.DecodeTo(stream); return System.Text.Encoding.UTF8.GetString(stream.ToArray()); })
            .FirstOrDefault() ?? throw new Xunit.Sdk.XunitException("The mail has no calendar file: " + mail.Subject);

    /// <summary>The first mail sent to <paramref name="address"/>.</summary>
    public static MimeMessage FirstTo(IEnumerable<MimeMessage> mails, string address) =>
        mails.Where(m => m.To.Mailboxes.Single().Address == address).OrderBy(m => m.Date).First();

    /// <summary>The personal link in a mail's text, as a path and query on this site.</summary>
    public static string ManageLink(MimeMessage mail)
    {
        var match = Link().Match(mail.TextBody ?? "");
        Assert.True(match.Success, "The mail has no registration link:\n" + mail.TextBody);
        var uri = new Uri(match.Value);
        return uri.PathAndQuery;
    }

    /// <summary>Opens the registration box of a link and presses its cancel button.</summary>
    public static async Task<HttpResponseMessage> CancelThroughAsync(this SiteFactory site, string link)
    {
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var opened = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.SeeOther, opened.StatusCode); // the token moves into a cookie first
        var html = await client.GetStringAsync(opened.Headers.Location);
        var form = html[html.IndexOf("class=\"my-registration\"", StringComparison.Ordinal)..];
        var fields = Hidden().Matches(form).Take(2).ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        Assert.Contains("registration-token", fields.Keys);
        return await client.PostAsync(link.Split('?')[0], new FormUrlEncodedContent(fields));
    }

    /// <summary>
    /// The page the sender's browser shows after a sign-up: the redirect's address (which names no token) with the
    /// cookie the answer set, as a browser sends it.
    /// </summary>
    public static async Task<string> OwnPageAsync(this SiteFactory site, HttpResponseMessage signedUp)
    {
        Assert.Equal(HttpStatusCode.Redirect, signedUp.StatusCode);
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, signedUp.Headers.Location);
        if (signedUp.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => c.Split(';')[0])));
        }

        var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex(@"https?://\S+\?r=\S+")]
    private static partial Regex Link();

    [GeneratedRegex("<input (?:type=\"hidden\" )?name=\"(?<name>[^\"]+)\" type=\"hidden\" value=\"(?<value>[^\"]*)\"|<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex Hidden();
}

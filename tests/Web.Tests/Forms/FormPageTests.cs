using System.Net;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Registration;
using Participation.Web.Tests.Infrastructure;
using Participation.Web.Tests.SpaceBooking;

namespace Participation.Web.Tests.Forms;

/// <summary>The seeded forms on their pages, filled and sent as a browser without script does.</summary>
public sealed class FormPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Statement = "/saavutettavuusseloste/";

    [Fact]
    public async Task TheFeedbackFormRendersAccessiblyOnTheAccessibilityStatement()
    {
        using var client = new FormPageClient(site);
        var html = WebUtility.HtmlDecode(await client.Http.GetStringAsync(Statement));

        Assert.Contains("<section class=\"site-form\" id=\"form-feedback\"", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"feedback-message\">Palautteesi", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"feedback-message-help\"", html, StringComparison.Ordinal);
        Assert.Contains("autocomplete=\"email\"", html, StringComparison.Ordinal);
        Assert.Contains("<legend>Henkilötietojen käsittely", html, StringComparison.Ordinal);
        Assert.Contains("(pakollinen)", html, StringComparison.Ordinal);

        // The honeypot is out of sight and out of the accessibility tree.
        Assert.Contains("<div class=\"form-hp\" aria-hidden=\"true\">", html, StringComparison.Ordinal);

        // The footer's accessibility feedback link leads to this form.
        Assert.Contains($"href=\"{Statement}#form-feedback\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongAnswersComeBackWithMessagesTiedToTheirFieldsAndNothingIsStored()
    {
        using var client = new FormPageClient(site);
        var before = await FormPageClient.CountEntriesAsync(site, SeededFormIds.Feedback);
        var hidden = await client.OpenAsync(Statement, "feedback");

        var response = await client.PostAsync(Statement, hidden, ("message", "   "), ("email", "not-an-address"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("class=\"error-summary\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#feedback-message\">Kirjoita palautteesi.</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#feedback-email\">Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.</a>", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"feedback-message-help feedback-message-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"feedback-email\" name=\"email\" value=\"not-an-address\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await FormPageClient.CountEntriesAsync(site, SeededFormIds.Feedback));
    }

    [Fact]
    public async Task AValidPostIsStoredOnceAndThanksByRedirect()
    {
        using var client = new FormPageClient(site);
        var before = await FormPageClient.CountEntriesAsync(site, SeededFormIds.Feedback);
        var hidden = await client.OpenAsync(Statement, "feedback");
        (string, string)[] answers = [("message", "Kuvista puuttuu tekstivastineita <b>uutisissa</b>."), ("email", "Palautteen.Antaja@example.fi"), ("consent", "on")];

        var first = await client.PostAsync(Statement, hidden, answers);
        var doubleClick = await client.PostAsync(Statement, hidden, answers);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal($"{Statement}?sent=feedback#form-feedback", first.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, doubleClick.StatusCode);
        Assert.Equal(before + 1, await FormPageClient.CountEntriesAsync(site, SeededFormIds.Feedback));

        var entry = await FormPageClient.LatestEntryAsync(site, SeededFormIds.Feedback);
        var values = FormSubmissions.ReadValues(entry!.Values);
        Assert.Equal("Kuvista puuttuu tekstivastineita <b>uutisissa</b>.", values["message"][0]);
        Assert.Equal("palautteen.antaja@example.fi", entry.SubjectEmail);
        Assert.Equal(site.Snapshot.GetByRoute("fi", Statement)!.Key, entry.PageKey);

        var thanks = WebUtility.HtmlDecode(await client.Http.GetStringAsync($"{Statement}?sent=feedback"));
        Assert.Contains("Kiitos palautteestasi!", thanks, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"message\"", thanks, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, 10)]
    [InlineData(false, 1)]
    public async Task RobotsAreThankedAndNothingIsStored(bool fillHoneypot, int secondsToFill)
    {
        using var client = new FormPageClient(site);
        var before = await FormPageClient.CountEntriesAsync(site, SeededFormIds.Feedback);
        var html = await client.Http.GetStringAsync(Statement);
        var hidden = FormPageClient.HiddenInputs(html, "feedback");
        site.Clock.Advance(TimeSpan.FromSeconds(secondsToFill));
        var fields = hidden.Select(h => KeyValuePair.Create(h.Key, h.Value)).Concat(
        [
            KeyValuePair.Create("message", "Osta halpoja tuotteita"),
            KeyValuePair.Create("consent", "on"),
            KeyValuePair.Create("website_00000000", fillHoneypot ? "http://spam.example" : ""),
        ]);

        var response = await client.Http.PostAsync(Statement, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before, await FormPageClient.CountEntriesAsync(site, SeededFormIds.Feedback));
    }

    [Fact]
    public async Task APostNamingAFormThePageDoesNotShowIsRefused()
    {
        using var client = new FormPageClient(site);
        var hidden = await client.OpenAsync(Statement, "feedback");
        hidden["__form"] = SeededFormIds.SpaceBooking.ToString();

        var response = await client.PostAsync(Statement, hidden, ("message", "x"), ("consent", "on"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task TheRegistrationFormAsksForTheOtherDietOnlyWhenOtherIsChosen()
    {
        var table = site.Snapshot.OfType("partnershipTable").First(t => EventSchedule.Of(t, new Participation.Cms.Site.SiteOptions()).Window?.IsOpen(site.Clock.GetUtcNow()) == true);
        var url = table.Url("fi")!;
        using var client = new FormPageClient(site);
        var before = await FormPageClient.CountEntriesAsync(site, SeededFormIds.EventRegistration);
        var hidden = await client.OpenAsync(url, "eventRegistration");
        (string, string)[] person = [("name", "Matti Virtanen"), ("email", "matti@example.fi"), ("partySize", "2"), ("consent", "on")];

        var otherWithoutText = await client.PostAsync(url, hidden, [.. person, ("diet", "other")]);
        var veganOnly = await client.PostAsync(url, hidden, [.. person, ("diet", "vegan"), ("dietOther", "ignored: the field is hidden")]);

        Assert.Equal(HttpStatusCode.BadRequest, otherWithoutText.StatusCode);
        Assert.Contains("Kerro, millainen muu ruokavalio tai allergia on.", WebUtility.HtmlDecode(await otherWithoutText.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, veganOnly.StatusCode);
        Assert.Equal(before + 1, await FormPageClient.CountEntriesAsync(site, SeededFormIds.EventRegistration));
        var values = FormSubmissions.ReadValues((await FormPageClient.LatestEntryAsync(site, SeededFormIds.EventRegistration))!.Values);
        Assert.False(values.ContainsKey("dietOther"));
        Assert.Equal(["vegan"], values["diet"]);
    }

    [Fact]
    public async Task TheIdeaAndBookingFormsAreSentThroughTheirPages()
    {
        var committee = site.Snapshot.OfType("areaCommittee").First(c => c.HasValue("ideaForm", "fi"));
        var space = site.Snapshot.OfType("space").First(c => c.HasValue("bookingForm", "fi"));
        using var client = new FormPageClient(site);
        var ideas = await FormPageClient.CountEntriesAsync(site, SeededFormIds.IdeaSubmission);
        var bookings = await FormPageClient.CountEntriesAsync(site, SeededFormIds.SpaceBooking);

        var idea = await client.PostAsync(committee.Url("fi")!, await client.OpenAsync(committee.Url("fi")!, "ideaSubmission"),
            ("area", "pohjoinen"), ("title", "Penkki bussipysäkille"), ("idea", "Kylän bussipysäkille tarvitaan penkki."), ("name", "Liisa Laine"), ("consent", "on"));
        var booking = await client.PostAsync(space.Url("fi")!, await client.OpenAsync(space.Url("fi")!, "spaceBooking"),
            ("association", "Kylätoimikunta"), ("contactName", "Pekka Puu"), ("email", "pekka@example.fi"), ("phone", "040 123 4567"),
            ("date", site.Day(40)), ("startTime", "17:30"), ("endTime", "19.00"), ("purpose", "Kokous"), ("equipment", "datatykki"), ("equipment", "kahvinkeitin"),
            ("attendees", "12"), ("consent", "on"));

        Assert.Equal(HttpStatusCode.Redirect, idea.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, booking.StatusCode);
        Assert.Equal(ideas + 1, await FormPageClient.CountEntriesAsync(site, SeededFormIds.IdeaSubmission));
        Assert.Equal(bookings + 1, await FormPageClient.CountEntriesAsync(site, SeededFormIds.SpaceBooking));
        var stored = await FormPageClient.LatestEntryAsync(site, SeededFormIds.SpaceBooking);
        var values = FormSubmissions.ReadValues(stored!.Values);
        Assert.Equal("19:00", values["endTime"][0]);
        Assert.Equal(["datatykki", "kahvinkeitin"], values["equipment"]); // the space's own equipment tags

        // The idea form waits for approval; the feedback form does not.
        Assert.Equal(FormEntryState.Submitted, (await FormPageClient.LatestEntryAsync(site, SeededFormIds.IdeaSubmission))!.State);
    }
}

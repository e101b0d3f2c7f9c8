using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Forms;

/// <summary>
/// A form speaks the reader's language: labels, help, buttons, messages and the thank-you come from the form's own
/// translations on Swedish and English pages and through the Forms API's culture; what is stored stays the same.
/// </summary>
public sealed class FormLanguageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/saavutettavuusseloste/", "Palautteesi", "Lähetä palaute", "Kirjoita palautteesi.")]
    [InlineData("/sv/tillganglighetsutlatande/", "Din respons", "Skicka respons", "Skriv din respons.")]
    [InlineData("/en/accessibility-statement/", "Your feedback", "Send feedback", "Write your feedback.")]
    public async Task TheFeedbackFormAndItsMessagesAreInThePagesLanguage(string page, string label, string button, string required)
    {
        using var client = new FormPageClient(site);
        var html = WebUtility.HtmlDecode(await client.Http.GetStringAsync(page));
        Assert.Contains($"<label for=\"feedback-message\">{label}", html, StringComparison.Ordinal);
        Assert.Contains(button, html, StringComparison.Ordinal);

        var hidden = FormPageClient.HiddenInputs(html, "feedback");
        using var refused = await client.PostAsync(page, hidden, ("message", " "));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains($"<a href=\"#feedback-message\">{required}</a>", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFormsApiGivesTheDefinitionAndTheThankYouInTheAskedCulture()
    {
        const string key = "test-forms-api-key-language";
        using var client = site.WithWebHostBuilder(b => b.UseSetting("Forms:ApiKey", key)).CreateClient();
        var finnish = await client.GetFromJsonAsync<JsonObject>($"/umbraco/forms/delivery/api/v1/definitions/{SeededFormIds.Feedback}");
        var english = await client.GetFromJsonAsync<JsonObject>($"/umbraco/forms/delivery/api/v1/definitions/{SeededFormIds.Feedback}?culture=en");
        Assert.Contains("\"Palautteesi\"", finnish!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("\"Your feedback\"", english!.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Palautteesi", english.ToJsonString(), StringComparison.Ordinal);

        client.DefaultRequestHeaders.Add("Api-Key", key);
        using var refused = await client.PostAsJsonAsync($"/umbraco/forms/delivery/api/v1/entries/{SeededFormIds.Feedback}",
            new { values = new { message = "" }, culture = "sv" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Skriv din respons.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var accepted = await client.PostAsJsonAsync($"/umbraco/forms/delivery/api/v1/entries/{SeededFormIds.Feedback}",
            new { values = new { message = "Hej!", consent = "on" }, culture = "sv" });
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.StartsWith("Tack för din respons!", (await accepted.Content.ReadFromJsonAsync<JsonObject>())!["messageOnSubmit"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}

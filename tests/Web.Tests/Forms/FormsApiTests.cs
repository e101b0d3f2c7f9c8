using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Participation.Extensions.Forms.Entries;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Forms;

/// <summary>The headless Forms API: Umbraco's routes and shapes, with an Api-Key for servers and antiforgery for browsers.</summary>
public sealed class FormsApiTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string ApiKey = "test-forms-api-key-0123456789";
    private const string Api = "/umbraco/forms/delivery/api/v1";

    private static readonly string Feedback = SeededFormIds.Feedback.ToString();

    [Fact]
    public async Task ADefinitionHasUmbracoFormsShape()
    {
        using var client = Client();

        var form = (await client.GetFromJsonAsync<JsonObject>($"{Api}/definitions/{SeededFormIds.EventRegistration}"))!;

        Assert.Equal("Ilmoittautuminen tilaisuuteen", (string?)form["name"]);
        Assert.Equal("Ilmoittaudu", (string?)form["submitLabel"]);
        var fields = form["pages"]!.AsArray().SelectMany(p => p!["fieldsets"]!.AsArray()).SelectMany(s => s!["columns"]!.AsArray())
            .SelectMany(c => c!["fields"]!.AsArray()).Select(f => f!.AsObject()).ToList();
        var name = fields.Single(f => (string?)f["alias"] == "name");
        Assert.Equal("Short answer", (string?)name["type"]!["name"]);
        Assert.True(Guid.TryParse((string?)name["type"]!["id"], out _));
        Assert.True((bool)name["required"]!);
        Assert.Equal("name", (string?)name["settings"]!["autocomplete"]);
        var dietOther = fields.Single(f => (string?)f["alias"] == "dietOther");
        Assert.Equal("Show", (string?)dietOther["condition"]!["actionType"]);
        Assert.Equal("00000000-0000-4000-8301-000000000006", (string?)dietOther["condition"]!["rules"]![0]!["field"]);
        Assert.Equal(5, fields.Single(f => (string?)f["alias"] == "diet")["preValues"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("00000000-0000-4000-8300-00000000ffff")]
    [InlineData("not-a-guid")]
    public async Task AnUnknownFormIsNotFound(string id)
    {
        using var client = Client();

        var response = await client.GetAsync($"{Api}/definitions/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AServerWithTheApiKeyStoresAnEntry()
    {
        using var client = Client();
        var before = await FormPageClient.CountEntriesAsync(site, SeededFormIds.IdeaSubmission);

        var response = await client.SendAsync(Post(SeededFormIds.IdeaSubmission.ToString(), """
            {"values": {"area": "itainen", "title": "Kirjastoauto", "idea": "Kirjastoauto kylään kerran viikossa.", "name": "Ulla Ukkonen", "email": "ulla@example.fi", "consent": "on"},
             "contentId": "00000000-0000-4000-8000-000000000110", "culture": "fi"}
            """));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.StartsWith("Kiitos ideastasi!", (string?)body["messageOnSubmit"], StringComparison.Ordinal);
        Assert.Equal(before + 1, await FormPageClient.CountEntriesAsync(site, SeededFormIds.IdeaSubmission));
        var entry = (await FormPageClient.LatestEntryAsync(site, SeededFormIds.IdeaSubmission))!;
        Assert.Equal(Guid.Parse((string)body["entryId"]!), entry.Id);
        Assert.Equal(Guid.Parse("00000000-0000-4000-8000-000000000110"), entry.PageKey);
        Assert.Equal("Kirjastoauto", FormSubmissions.ReadValues(entry.Values)["title"][0]);
    }

    [Fact]
    public async Task ABrowserPostsWithTheTokenFromTheDefinition()
    {
        using var client = Client();
        var before = await FormPageClient.CountEntriesAsync(site, SeededFormIds.Feedback);
        var definition = await client.GetAsync($"{Api}/definitions/{Feedback}");
        var token = definition.Headers.GetValues("RequestVerificationToken").Single();
        var cookie = definition.Headers.GetValues("Set-Cookie").Single().Split(';')[0];

        var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/entries/{Feedback}")
        {
            Content = new StringContent("""{"values": {"message": "Hyvä sivusto", "consent": true}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("RequestVerificationToken", token);
        request.Headers.Add("Cookie", cookie);
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(before + 1, await FormPageClient.CountEntriesAsync(site, SeededFormIds.Feedback));
    }

    public static TheoryData<string, string?, string, HttpStatusCode, string?> BadInput => new()
    {
        // name, content type, body, status, the field named in the errors (422)
        { "malformed JSON", "application/json", """{"values": {"message": "x" """, HttpStatusCode.BadRequest, null },
        { "not an object", "application/json", """["message"]""", HttpStatusCode.BadRequest, null },
        { "values missing", "application/json", """{"message": "x"}""", HttpStatusCode.BadRequest, null },
        { "values not an object", "application/json", """{"values": "message=x"}""", HttpStatusCode.BadRequest, null },
        { "wrong type for an answer", "application/json", """{"values": {"message": {"text": "x"}, "consent": "on"}}""", (HttpStatusCode)422, "message" },
        { "nested lists", "application/json", """{"values": {"message": [["x"]], "consent": "on"}}""", (HttpStatusCode)422, "message" },
        { "unknown field", "application/json", """{"values": {"message": "x", "consent": "on", "isAdmin": "true"}}""", (HttpStatusCode)422, "isAdmin" },
        { "missing mandatory", "application/json", """{"values": {"email": "a@example.fi"}}""", (HttpStatusCode)422, "message" },
        { "script instead of an e-mail", "application/json", """{"values": {"message": "x", "email": "<script>alert(1)</script>", "consent": "on"}}""", (HttpStatusCode)422, "email" },
        { "answer too long", "application/json", "{\"values\": {\"message\": \"" + new string('x', 4001) + "\", \"consent\": \"on\"}}", (HttpStatusCode)422, "message" },
        { "oversize body", "application/json", "{\"values\": {\"message\": \"" + new string('x', 15 * 1024 * 1024) + "\"}}", HttpStatusCode.RequestEntityTooLarge, null },
        { "deep nesting", "application/json", "{\"values\": {\"message\": " + new string('[', 100) + new string(']', 100) + "}}", HttpStatusCode.BadRequest, null },
        { "unknown culture", "application/json", """{"values": {"message": "x", "consent": "on"}, "culture": "de"}""", HttpStatusCode.BadRequest, null },
        { "unknown page", "application/json", """{"values": {"message": "x", "consent": "on"}, "contentId": "999999"}""", HttpStatusCode.BadRequest, null },
        { "plain text", "text/plain", """{"values": {"message": "x", "consent": "on"}}""", HttpStatusCode.UnsupportedMediaType, null },
        { "xml", "application/xml", "<values><message>x</message></values>", HttpStatusCode.UnsupportedMediaType, null },
        { "file as a broken data URL", "application/json", """{"values": {"message": "x", "consent": "on", "email": [{"fileName": "a.pdf", "fileContents": "data:application/pdf;base64,%%%"}]}}""", (HttpStatusCode)422, "email" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task BadInputIsRefusedWithAReasonAndNothingIsStored(string name, string? contentType, string body, HttpStatusCode status, string? field)
    {
        using var client = Client();
        var before = await FormPageClient.CountEntriesAsync(site, SeededFormIds.Feedback);

        var response = await client.SendAsync(Post(Feedback, body, contentType));

        Assert.True(status == response.StatusCode, $"{name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.False(string.IsNullOrEmpty((string?)problem["title"]), name);
        if (field is not null)
        {
            Assert.Equal("One or more validation errors occurred.", (string?)problem["title"]);
            Assert.NotEmpty(problem["errors"]![field]!.AsArray());
            Assert.NotEmpty(problem["codes"]![field]!.AsArray());
        }

        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await FormPageClient.CountEntriesAsync(site, SeededFormIds.Feedback));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task WithoutTheKeyOrATokenNothingIsStored(string? key)
    {
        using var client = Client();
        var before = await FormPageClient.CountEntriesAsync(site, SeededFormIds.Feedback);
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/entries/{Feedback}")
        {
            Content = new StringContent("""{"values": {"message": "x", "consent": "on"}}""", Encoding.UTF8, "application/json"),
        };
        if (key is not null)
        {
            request.Headers.Add("Api-Key", key);
        }

        request.Headers.Add("RequestVerificationToken", "forged");
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await FormPageClient.CountEntriesAsync(site, SeededFormIds.Feedback));
    }

    [Fact]
    public async Task AReplayedIdempotencyKeyStoresNothingNew()
    {
        using var client = Client();
        var key = Guid.NewGuid().ToString();
        var before = await FormPageClient.CountEntriesAsync(site, SeededFormIds.Feedback);

        var first = Post(Feedback, """{"values": {"message": "Kerran vain", "consent": "on"}}""");
        first.Headers.Add("Idempotency-Key", key);
        var again = Post(Feedback, """{"values": {"message": "Kerran vain", "consent": "on"}}""");
        again.Headers.Add("Idempotency-Key", key);
        var accepted = await client.SendAsync(first);
        var replayed = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, replayed.StatusCode);
        var entryId = (string?)(await accepted.Content.ReadFromJsonAsync<JsonObject>())!["entryId"];
        Assert.Equal(entryId, (string?)(await replayed.Content.ReadFromJsonAsync<JsonObject>())!["entryId"]);
        Assert.Equal(before + 1, await FormPageClient.CountEntriesAsync(site, SeededFormIds.Feedback));
    }

    [Fact]
    public async Task AFileIsCheckedByItsContentAndStoredOutsideTheWebRoot()
    {
        using var client = Client();
        var before = await FormPageClient.CountEntriesAsync(site, SeededFormIds.SpaceBooking);
        HttpRequestMessage Booking(string fileName, byte[] content)
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (alias, value) in new[]
            {
                ("association", "Lukupiiri"), ("contactName", "Aino Aalto"), ("email", "aino@example.fi"), ("phone", "0401234567"),
                ("date", "2027-02-01"), ("startTime", "10:00"), ("endTime", "12:00"), ("purpose", "Lukupiirin tapaaminen"), ("attendees", "8"), ("consent", "on"),
            })
            {
                multipart.Add(new StringContent(value), alias);
            }

            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            multipart.Add(file, "attachment", fileName);
            var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/entries/{SeededFormIds.SpaceBooking}") { Content = multipart };
            request.Headers.Add("Api-Key", ApiKey);
            return request;
        }

        var pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"u8.ToArray();
        var disguised = await client.SendAsync(Booking("ohjelma.pdf", "#!/bin/sh\nrm -rf /\n"u8.ToArray()));
        var executable = await client.SendAsync(Booking("ohjelma.exe", pdf));
        var accepted = await client.SendAsync(Booking("../../ohjelma.pdf", pdf));

        Assert.Equal((HttpStatusCode)422, disguised.StatusCode);
        Assert.Contains("fileContent", await disguised.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode)422, executable.StatusCode);
        Assert.Contains("fileType", await executable.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal(before + 1, await FormPageClient.CountEntriesAsync(site, SeededFormIds.SpaceBooking));
        var stored = Directory.GetFiles(site.FormUploadsFolder);
        var file = Assert.Single(stored);
        Assert.Equal(pdf, await File.ReadAllBytesAsync(file));
        Assert.EndsWith(".pdf", file, StringComparison.Ordinal);
        Assert.DoesNotContain("ohjelma", file, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneClientIsLimitedPerMinute()
    {
        await using var limited = site.WithWebHostBuilder(b => b.UseSetting("Forms:ApiKey", ApiKey).UseSetting("Forms:PostsPerMinute", "3"));
        using var client = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.SendAsync(Post(Feedback, """{"values": {"message": "", "consent": "on"}}"""))).StatusCode);
        }

        Assert.Equal([(HttpStatusCode)422, (HttpStatusCode)422, (HttpStatusCode)422, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    private HttpClient Client() =>
        site.WithWebHostBuilder(b => b.UseSetting("Forms:ApiKey", ApiKey)).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static HttpRequestMessage Post(string formId, string body, string? contentType = "application/json")
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = contentType is null ? null : new MediaTypeHeaderValue(contentType) { CharSet = "utf-8" };
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/entries/{formId}") { Content = content };
        request.Headers.Add("Api-Key", ApiKey);
        return request;
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Participation.Extensions.Forms.Entries;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Forms;

/// <summary>The site's data with the feedback form split into two pages and a summary step.</summary>
public sealed class MultiPageSite : IAsyncLifetime
{
    public SiteFactory Site { get; } = new() { DataFolder = CopyWithMultiPageFeedback() };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        var folder = Site.DataFolder!;
        await Site.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private static string CopyWithMultiPageFeedback()
    {
        var source = new DirectoryInfo(AppContext.BaseDirectory);
        while (!Directory.Exists(Path.Combine(source!.FullName, "umbraco-data")))
        {
            source = source.Parent;
        }

        var from = Path.Combine(source.FullName, "umbraco-data");
        var to = Path.Combine(Path.GetTempPath(), "participation-web-tests", "multipage-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var path = Path.Combine(to, "forms", "feedback.json");
        var form = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var page = form["pages"]![0]!.AsObject();
        var fieldsets = page["fieldsets"]!.AsArray();
        var second = fieldsets[1]!.DeepClone();
        fieldsets.RemoveAt(1);
        form["pages"]!.AsArray().Add(new JsonObject { ["id"] = "00000000-0000-4000-8302-00000000ff01", ["caption"] = "Yhteystiedot", ["fieldsets"] = new JsonArray(second) });
        page["caption"] = "Palaute";
        form["showSummaryPage"] = true;
        File.WriteAllText(path, form.ToJsonString());
        return to;
    }
}

/// <summary>A form of several pages works without script: each step is checked, answers travel along, a summary comes last.</summary>
public sealed class MultiPageFormTests(MultiPageSite fixture) : IClassFixture<MultiPageSite>
{
    private readonly SiteFactory site = fixture.Site;

    private const string Statement = "/saavutettavuusseloste/";

    [Fact]
    public async Task EachStepIsCheckedAndTheSummaryShowsEveryAnswerBeforeSending()
    {
        using var client = new FormPageClient(site);
        var before = await FormPageClient.CountEntriesAsync(site, SeededFormIds.Feedback);
        var first = await client.Http.GetStringAsync(Statement);
        Assert.Contains("Vaihe 1/3", first, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"consent\"", first, StringComparison.Ordinal);
        var hidden = FormPageClient.HiddenInputs(first, "feedback");

        var empty = await client.PostAsync(Statement, With(hidden, "__action", "next"), ("message", ""));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var emptyHtml = WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync());
        Assert.Contains("Kirjoita palautteesi.", emptyHtml, StringComparison.Ordinal);
        Assert.Contains("Vaihe 1/3", emptyHtml, StringComparison.Ordinal);

        var step2 = await client.PostAsync(Statement, With(hidden, "__action", "next"), ("message", "Linkkien värit ovat liian vaaleat."));
        Assert.Equal(HttpStatusCode.OK, step2.StatusCode);
        var step2Html = WebUtility.HtmlDecode(await step2.Content.ReadAsStringAsync());
        Assert.Contains("Vaihe 2/3", step2Html, StringComparison.Ordinal);
        Assert.Contains("name=\"consent\"", step2Html, StringComparison.Ordinal);
        hidden = FormPageClient.HiddenInputs(step2Html, "feedback");
        Assert.Equal("Linkkien värit ovat liian vaaleat.", hidden["message"]);

        var summary = await client.PostAsync(Statement, With(hidden, "__action", "next"), ("email", "lukija@example.fi"), ("consent", "on"));
        var summaryHtml = WebUtility.HtmlDecode(await summary.Content.ReadAsStringAsync());
        Assert.Contains("Tarkista vastauksesi", summaryHtml, StringComparison.Ordinal);
        Assert.Contains("<dd>lukija@example.fi</dd>", summaryHtml, StringComparison.Ordinal);
        Assert.Contains("<dd>Linkkien värit ovat liian vaaleat.</dd>", summaryHtml, StringComparison.Ordinal);
        hidden = FormPageClient.HiddenInputs(summaryHtml, "feedback");

        var back = await client.PostAsync(Statement, With(hidden, "__action", "previous"));
        Assert.Contains("Vaihe 2/3", WebUtility.HtmlDecode(await back.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await FormPageClient.CountEntriesAsync(site, SeededFormIds.Feedback));

        var sent = await client.PostAsync(Statement, With(hidden, "__action", "send"));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(before + 1, await FormPageClient.CountEntriesAsync(site, SeededFormIds.Feedback));
        var values = FormSubmissions.ReadValues((await FormPageClient.LatestEntryAsync(site, SeededFormIds.Feedback))!.Values);
        Assert.Equal("Linkkien värit ovat liian vaaleat.", values["message"][0]);
        Assert.Equal("lukija@example.fi", values["email"][0]);
    }

    private static Dictionary<string, string> With(Dictionary<string, string> hidden, string name, string value) =>
        new(hidden) { [name] = value };
}

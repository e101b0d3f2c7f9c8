using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Security;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Forms.Workflows;
using Participation.Extensions.Persistence;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Forms;

public sealed class WebhookWorkflowTests
{
    private const string Secret = "testisalaisuus-0123456789";

    [Fact]
    public async Task AFailingWebhookIsRetriedWithBackoffUntilItSucceedsAndItsSignatureVerifies()
    {
        await using var receiver = await WebhookReceiver.StartAsync(503, 500);
        await using var site = new SiteFactory
        {
            // The receiver runs on this machine: an internal address the site reaches only because it is listed.
            Settings = new Dictionary<string, string> { ["Forms:Webhooks:Secret"] = Secret, ["Forms:Webhooks:AllowedInternalHosts:0"] = "127.0.0.1" },
        };
        var form = TestForms.Form(
            "webhook",
            [TestForms.Field("name", FieldTypes.ShortAnswer)],
            TestForms.Workflow(WorkflowTypes.PostToUrl, WorkflowStage.Submit, ("url", receiver.Url.ToString())));
        await site.SaveFormAsync(form);
        var status = site.Services.GetRequiredService<WorkflowStatus>();

        var entryId = await site.SubmitAsync(form.Id, new() { ["name"] = ["Webhook Testaaja"] });
        await site.SettleAsync();
        var failing = Assert.Single(await status.FailingAsync(take: 10));
        Assert.Equal((1, "The receiver answered 503."), (failing.Attempts, failing.LastError));
        Assert.Equal(1, await status.FailingCountAsync());

        // Backoff: not before the wait is over, then again.
        site.Clock.Advance(failing.NextAttemptUtc - site.Clock.GetUtcNow().UtcDateTime - TimeSpan.FromMilliseconds(1));
        await site.SettleAsync();
        Assert.Single(receiver.Posts);
        site.Clock.Advance(TimeSpan.FromMilliseconds(1));
        await site.SettleAsync();
        Assert.Equal(2, receiver.Posts.Count);
        failing = Assert.Single(await status.FailingAsync(take: 10));
        Assert.Equal((2, "The receiver answered 500."), (failing.Attempts, failing.LastError));
        Assert.True(failing.NextAttemptUtc > site.Clock.GetUtcNow().UtcDateTime);

        // An editor's retry does not wait for the backoff.
        Assert.True(await status.RetryNowAsync(failing.TaskId));
        await site.SettleAsync();
        Assert.Equal(3, receiver.Posts.Count);
        Assert.Equal(WorkflowRunState.Done, Assert.Single(await status.ForEntryAsync(entryId)).State);
        Assert.Equal(0, await status.FailingCountAsync());

        var post = receiver.Posts.Last();
        Assert.Equal(site.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), post.Timestamp);
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(post.Timestamp + "." + post.Body)));
        Assert.Equal(expected, post.Signature);
        using var body = JsonDocument.Parse(post.Body);
        Assert.Equal(entryId, body.RootElement.GetProperty("entryId").GetGuid());
        Assert.Equal("webhook", body.RootElement.GetProperty("formAlias").GetString());
        Assert.Equal("approved", body.RootElement.GetProperty("state").GetString());
        Assert.Equal("Webhook Testaaja", body.RootElement.GetProperty("values").GetProperty("name")[0].GetString());
    }

    /// <summary>ASVS 1.3.6, 13.2.4 and 13.2.5: an editor's webhook URL cannot reach the site's own machine or network.</summary>
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")] // refused after the lookup, on the address it resolves to
    [InlineData("10.20.30.40")]
    [InlineData("169.254.169.254")] // the cloud metadata service
    [InlineData("[::ffff:127.0.0.1]")]
    [InlineData("[fd00::1]")]
    public async Task AWebhookToAnInternalAddressIsNotSentAndTheEntryIsKept(string host)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var site = new SiteFactory { Settings = new Dictionary<string, string> { ["Forms:Webhooks:Secret"] = Secret } };
        var url = new UriBuilder(receiver.Url) { Host = host }.Uri;
        var form = TestForms.Form(
            "internalWebhook",
            [TestForms.Field("name", FieldTypes.ShortAnswer)],
            TestForms.Workflow(WorkflowTypes.PostToUrl, WorkflowStage.Submit, ("url", url.ToString())));
        await site.SaveFormAsync(form);

        var entryId = await site.SubmitAsync(form.Id, new() { ["name"] = ["Sisäverkon Testaaja"] });
        await site.SettleAsync();

        Assert.Empty(receiver.Posts);
        var failing = Assert.Single(await site.Services.GetRequiredService<WorkflowStatus>().FailingAsync(take: 10));
        Assert.Contains("is an internal address", failing.LastError, StringComparison.Ordinal); // refused before connecting, not a timeout
        await using var db = site.Services.GetRequiredService<ExtensionsDatabase>().CreateContext();
        Assert.True(await db.Set<FormEntry>().AnyAsync(e => e.Id == entryId));
    }

    /// <summary>ASVS 13.2.4 and 13.2.5: with Forms:Webhooks:AllowedHosts set, only those receivers get entries, also from forms saved before.</summary>
    [Fact]
    public async Task AWebhookToAHostOutsideTheAllowlistIsNotSentAndTheEntryIsKept()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var site = new SiteFactory
        {
            Settings = new Dictionary<string, string>
            {
                ["Forms:Webhooks:Secret"] = Secret,
                ["Forms:Webhooks:AllowedInternalHosts:0"] = "127.0.0.1",
                ["Forms:Webhooks:AllowedInternalHosts:1"] = "localhost",
                ["Forms:Webhooks:AllowedHosts:0"] = "LOCALHOST.", // compared as DNS compares names
            },
        };
        var listed = TestForms.Form(
            "listedWebhook",
            [TestForms.Field("name", FieldTypes.ShortAnswer)],
            TestForms.Workflow(WorkflowTypes.PostToUrl, WorkflowStage.Submit, ("url", new UriBuilder(receiver.Url) { Host = "localhost" }.Uri.ToString())));
        var unlisted = TestForms.Form(
            "unlistedWebhook",
            [TestForms.Field("name", FieldTypes.ShortAnswer)],
            TestForms.Workflow(WorkflowTypes.PostToUrl, WorkflowStage.Submit, ("url", receiver.Url.ToString()))); // 127.0.0.1: internal allowed, but not on the list
        await site.SaveFormAsync(listed);
        await site.SaveFormAsync(unlisted);

        var sent = await site.SubmitAsync(listed.Id, new() { ["name"] = ["Listattu Testaaja"] });
        var refused = await site.SubmitAsync(unlisted.Id, new() { ["name"] = ["Listaamaton Testaaja"] });
        await site.SettleAsync();

        var post = Assert.Single(receiver.Posts);
        Assert.Contains("Listattu Testaaja", post.Body, StringComparison.Ordinal);
        var status = site.Services.GetRequiredService<WorkflowStatus>();
        Assert.Equal(WorkflowRunState.Done, Assert.Single(await status.ForEntryAsync(sent)).State);
        var failing = Assert.Single(await status.FailingAsync(take: 10));
        Assert.Equal("The webhook host 127.0.0.1 is not in Forms:Webhooks:AllowedHosts.", failing.LastError);
        await using var db = site.Services.GetRequiredService<ExtensionsDatabase>().CreateContext();
        Assert.True(await db.Set<FormEntry>().AnyAsync(e => e.Id == refused));
    }

    /// <summary>ASVS 13.2.4: the form builder refuses a receiver outside Forms:Webhooks:AllowedHosts, next to the URL field.</summary>
    [Fact]
    public async Task TheBuilderRefusesAWebhookHostOutsideTheAllowlistAndSavesAListedOne()
    {
        await using var site = new SiteFactory
        {
            Settings = new Dictionary<string, string>
            {
                ["Forms:Webhooks:Secret"] = Secret,
                ["Forms:Webhooks:AllowedHosts:0"] = "*.kouvola.fi",
                ["Forms:Webhooks:AllowedHosts:1"] = "hooks.example.org",
            },
        };
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var created = await editor.PostFormAsync("/umbraco/forms/create", new() { ["name"] = "Palautteen välitys", ["alias"] = "builderWebhook" });
        var form = await site.FormAsync(Guid.Parse(created.Headers.Location!.OriginalString.Split('/')[3]));

        foreach (var url in new[] { "https://kouvola.fi/hook", "https://palaute.kouvola.fi.example.net/hook", "https://hooks.example.org.evil.fi/" })
        {
            var response = await AddWebhookAsync(site, editor, form.Id, url);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Contains("Lomakkeen tiedot voi lähettää vain näihin osoitteisiin: *.kouvola.fi, hooks.example.org.", html, StringComparison.Ordinal);
            Assert.Matches("id=\"field-add-workflow-url\"[^>]*aria-invalid=\"true\"", html);
        }

        Assert.Empty((await site.FormAsync(form.Id)).Workflows);
        foreach (var url in new[] { "https://palaute.kouvola.fi/hook", "https://HOOKS.example.org/participation" })
        {
            var response = await AddWebhookAsync(site, editor, form.Id, url);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        Assert.Equal(
            ["https://palaute.kouvola.fi/hook", "https://HOOKS.example.org/participation"],
            (await site.FormAsync(form.Id)).Workflows.Select(w => w.Setting("url")));
    }

    private static async Task<HttpResponseMessage> AddWebhookAsync(SiteFactory site, BackofficeSession editor, Guid formId, string url)
    {
        await using var db = site.Services.GetRequiredService<ExtensionsDatabase>().CreateContext();
        var version = (await db.Set<FormDefinitionRecord>().AsNoTracking().SingleAsync(f => f.Id == formId)).UpdateDate.Ticks;
        var page = $"/umbraco/forms/{formId}/workflows";
        return await editor.PostFormAsync(page, new()
        {
            ["version"] = version.ToString(CultureInfo.InvariantCulture), ["name"] = "Palautteen välitys", ["type"] = WorkflowTypes.PostToUrl, ["stage"] = "Submit", ["settings[url]"] = url,
        }, page + "?handler=Add");
    }
}

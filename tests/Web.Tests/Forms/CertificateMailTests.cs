using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Forms.Workflows;
using Participation.Extensions.Persistence;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Forms;

/// <summary>
/// The mail relay knows the site by a client certificate, with no user name or password anywhere (ASVS 13.2.1): the
/// relay asks for the certificate in STARTTLS and relays only for sessions that showed one from its CA.
/// </summary>
public sealed class CertificateMailTests
{
    [Fact]
    public async Task TheSiteSendsThroughARelayThatKnowsItByItsCertificateAndARenewedCertificateNeedsNoRestart()
    {
        using var relay = new CertificateRelay();
        var port = TestSmtpServer.FreePort();
        await using var smtp = await TestSmtpServer.StartAsync(port, relay);
        var client = relay.IssueClient("CN=participation-site");
        await using var site = new SiteFactory { Settings = relay.SiteSettings(port, client) };

        var form = await site.MailingRegistrationFormAsync();
        await site.SubmitAsync(form, FormsOnSite.Registration("Maija Meikäläinen", "maija@example.fi"));
        await site.SettleAsync();

        Assert.Equal(2, smtp.Messages.Count);
        Assert.All(smtp.ClientSubjects, s => Assert.Equal("CN=participation-site", s));

        // The operator's tooling writes the next short-lived certificate over the same files.
        var renewed = relay.IssueClient("CN=participation-site, OU=renewed");
        File.Copy(renewed.Certificate, client.Certificate, overwrite: true);
        File.Copy(renewed.Key, client.Key, overwrite: true);
        await site.SubmitAsync(form, FormsOnSite.Registration("Pekka Uusi", "pekka@example.fi"));
        await site.SettleAsync();

        Assert.Equal(4, smtp.Messages.Count);
        Assert.Equal(2, smtp.ClientSubjects.Count(s => s == "CN=participation-site, OU=renewed"));
        Assert.Contains(smtp.Messages, m => m.To.Mailboxes.Any(a => a.Address == "pekka@example.fi"));
    }

    [Theory]
    [InlineData("none")]
    [InlineData("another CA")]
    public async Task WithoutACertificateFromTheRelaysCaNothingIsRelayedAndTheEntryWaitsForTheNextTry(string certificate)
    {
        using var relay = new CertificateRelay();
        var port = TestSmtpServer.FreePort();
        await using var smtp = await TestSmtpServer.StartAsync(port, relay);
        var client = certificate == "none" ? ((string, string)?)null : relay.IssueClient("CN=participation-site", foreign: true);
        await using var site = new SiteFactory { Settings = relay.SiteSettings(port, client) };

        var entryId = await site.SubmitAsync(await site.MailingRegistrationFormAsync(), FormsOnSite.Registration("Maija Meikäläinen", "maija@example.fi"));
        await site.SettleAsync();

        Assert.Empty(smtp.Messages);
        var statuses = await site.Services.GetRequiredService<WorkflowStatus>().ForEntryAsync(entryId);
        Assert.Equal(2, statuses.Count);
        Assert.All(statuses, s => Assert.NotEqual(WorkflowRunState.Done, s.State));
        Assert.Equal(2, await site.Services.GetRequiredService<WorkflowStatus>().FailingCountAsync());
        await using var db = site.Services.GetRequiredService<ExtensionsDatabase>().CreateContext();
        Assert.True(await db.Set<FormEntry>().AnyAsync(e => e.Id == entryId));
    }

    [Theory]
    [InlineData("key missing", "ClientKeyFile")]
    [InlineData("plain connection", "StartTls or SslOnConnect")]
    [InlineData("not a certificate", "could not be read")]
    public async Task AClientCertificateThatCannotWorkStopsTheStartNamingTheSetting(string fault, string expected)
    {
        using var relay = new CertificateRelay();
        var client = relay.IssueClient("CN=participation-site");
        var settings = relay.SiteSettings(TestSmtpServer.FreePort(), client);
        switch (fault)
        {
            case "key missing":
                settings.Remove("Forms:Mail:Smtp:ClientKeyFile");
                break;
            case "plain connection":
                settings["Forms:Mail:Smtp:Security"] = "None";
                break;
            default:
                settings["Forms:Mail:Smtp:ClientCertificateFile"] = relay.AuthorityFile; // a certificate, but not the key's
                break;
        }

        await using var site = new SiteFactory { Settings = settings };

        var refused = StartFailure.Messages(Assert.ThrowsAny<Exception>(() => site.Services));

        Assert.Contains("Forms:Mail:Smtp", refused, StringComparison.Ordinal);
        Assert.Contains(expected, refused, StringComparison.Ordinal);
    }
}

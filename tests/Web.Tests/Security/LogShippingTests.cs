using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Security;

/// <summary>
/// ASVS 16.4.3: a copy of the log goes to a separate log host (a real rsyslogd) over TLS, the host's certificate
/// checked, nothing lost while the host is down for a while, and a line break in a value forges no entry.
/// </summary>
public sealed class LogShippingTests
{
    [Fact]
    public async Task SecurityEventsReachTheLogHostOverTlsWithTheirRequestAndALineBreakForgesNoEntry()
    {
        await using var receiver = new SyslogReceiver();
        await receiver.StartAsync();
        await using var site = new SiteFactory { Settings = receiver.Settings() };

        var guess = new BackofficeSession(BackofficeSession.NewClient(site));
        await guess.PostFormAsync("/umbraco/login", new() { ["userName"] = "ei-ketään-tällä-nimellä", ["password"] = "Arvaus 456" });
        var marker = Guid.NewGuid().ToString("N");
        site.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Participation.Test")
            .LogWarning("Merkki {Marker}: {Value}", marker, "aino\r\n<12>1 2026-12-03T00:00:00Z forged app - - - väärennetty");

        // local0.warning (132) for the sign-in failure, from this app, with the request it came in on; nothing typed.
        var failure = await receiver.WaitForAsync("eventId=\"1002\"");
        Assert.StartsWith("<132>1 ", failure, StringComparison.Ordinal);
        Assert.Contains(" participation-site ", failure, StringComparison.Ordinal);
        Assert.Contains("path=\"/umbraco/login\"", failure, StringComparison.Ordinal);
        Assert.Contains("(no such user)", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("ei-ketään", failure, StringComparison.Ordinal);

        // local0.warning (132); the CR/LF arrived escaped inside the same line.
        var warning = await receiver.WaitForAsync(marker);
        Assert.StartsWith("<132>1 ", warning, StringComparison.Ordinal);
        Assert.Contains("category=\"Participation.Test\"", warning, StringComparison.Ordinal);
        Assert.Contains("aino#015#012<12>1 2026-12-03T00:00:00Z forged", warning, StringComparison.Ordinal);
        Assert.DoesNotContain(receiver.Lines(), l => l.StartsWith("<12>1", StringComparison.Ordinal) || l.Contains("väärennetty", StringComparison.Ordinal) && !l.Contains(marker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EntriesLoggedWhileTheLogHostIsDownArriveWhenItComesBack()
    {
        await using var receiver = new SyslogReceiver();
        await using var site = new SiteFactory { Settings = receiver.Settings() };
        var marker = Guid.NewGuid().ToString("N");
        site.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Participation.Test").LogWarning("Odottaa {Marker}", marker);

        await receiver.StartAsync();

        Assert.Contains(marker, await receiver.WaitForAsync(marker), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHostWhoseCertificateTheSiteDoesNotTrustGetsNothing()
    {
        await using var receiver = new SyslogReceiver();
        await receiver.StartAsync();
        var untrusted = new Dictionary<string, string> { ["Cms:LogShipping:Address"] = $"localhost:{receiver.Port}" }; // the system's roots only
        await using var impostor = new SiteFactory { Settings = untrusted };
        var hidden = Guid.NewGuid().ToString("N");
        impostor.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Participation.Test").LogWarning("Ei saa näkyä {Marker}", hidden);

        // A site that trusts the host gets through meanwhile; the first one's entry never did.
        await using var trusting = new SiteFactory { Settings = receiver.Settings() };
        var shown = Guid.NewGuid().ToString("N");
        trusting.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Participation.Test").LogWarning("Näkyy {Marker}", shown);
        await receiver.WaitForAsync(shown);

        Assert.DoesNotContain(receiver.Lines(), l => l.Contains(hidden, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ALogHostThatTakesOnlyItsOwnSendersKnowsTheSiteByItsCertificate()
    {
        await using var receiver = new SyslogReceiver(clientCertificates: true);
        await receiver.StartAsync();
        await using var stranger = new SiteFactory { Settings = receiver.Settings() }; // trusts the host, shows no certificate
        var hidden = Guid.NewGuid().ToString("N");
        stranger.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Participation.Test").LogWarning("Ei saa näkyä {Marker}", hidden);

        await using var site = new SiteFactory { Settings = receiver.ClientSettings("CN=participation-site") };
        var shown = Guid.NewGuid().ToString("N");
        site.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Participation.Test").LogWarning("Näkyy {Marker}", shown);

        Assert.Contains(shown, await receiver.WaitForAsync(shown), StringComparison.Ordinal);
        Assert.DoesNotContain(receiver.Lines(), l => l.Contains(hidden, StringComparison.Ordinal));
    }

    [Fact]
    public void PlainTcpToAnotherHostStopsTheSiteAtStart()
    {
        using var site = new SiteFactory { Settings = new Dictionary<string, string> { ["Cms:LogShipping:Address"] = "lokit.example.fi:514", ["Cms:LogShipping:Tls"] = "false" } };

        var refused = Assert.ThrowsAny<Exception>(() => site.Services);

        Assert.Contains("Cms:LogShipping:Tls is off for lokit.example.fi", refused.ToString(), StringComparison.Ordinal);
    }
}

using System.Net;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Security;

/// <summary><c>Cms:Limits:MaxFormFields</c> reaches form reading: a post with more fields is refused with a 400, not read, never a 500.</summary>
public sealed class FormLimitTests
{
    [Fact]
    public async Task APostWithMoreFieldsThanTheLimitIsA400()
    {
        await using var site = new SiteFactory { Settings = new Dictionary<string, string> { ["Cms:Limits:MaxFormFields"] = "50" } };
        var session = new BackofficeSession(BackofficeSession.NewClient(site));
        var fields = Enumerable.Range(0, 60).ToDictionary(i => $"f{i}", _ => "x");
        fields["userName"] = "joku";
        fields["password"] = "Kesä2026!";

        var refused = await session.PostFormAsync("/umbraco/login", fields);
        var accepted = await session.PostFormAsync("/umbraco/login", new() { ["userName"] = "joku", ["password"] = "Kesä2026!" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }
}

using Participation.Cms.Backoffice.Security;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Security;

/// <summary>The session table's PostgreSQL migration applies, and the list and the end of one session work there as on SQLite.</summary>
public sealed class SessionListPostgreSqlTests
{
    [Fact]
    public async Task OnPostgreSqlTwoSignInsAreListedAndEndingOneRefusesOnlyThatCookie()
    {
        await using var site = new SiteFactory { PostgresConnectionString = TestPostgres.CreateDatabase() };
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Writer);
        var laptop = await SessionListTests.SignInAsync(site, name, SessionListTests.Firefox);
        var phone = await SessionListTests.SignInAsync(site, name, SessionListTests.Chrome);
        var rows = await SessionListTests.SessionsAsync(laptop, SessionListTests.Account);
        Assert.Equal(2, rows.Count);

        var other = Assert.Single(rows, r => !r.Current);
        await laptop.PostFormAsync(SessionListTests.Account, new() { ["id"] = other.Id, ["confirmed"] = "true", ["sessionPassword"] = BackofficeSession.Password }, SessionListTests.Account + "?handler=EndSession");

        Assert.True(await SessionListTests.SignedOutAsync(phone));
        Assert.False(await SessionListTests.SignedOutAsync(laptop));
    }
}

using Microsoft.Extensions.DependencyInjection;
using Participation.Extensions.AreaCommittees.Ideas;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.AreaCommittees;

/// <summary>The per-area totals are written with SQL of their own (insert-or-nothing, relative updates): PostgreSQL runs it too.</summary>
public sealed class AreaIdeaPostgreSqlTests
{
    [Fact]
    public async Task OnPostgreSqlApprovedIdeasAndTheirEditsKeepTheAreasTotalsAndPage()
    {
        await using var site = new SiteFactory { PostgresConnectionString = TestPostgres.CreateDatabase() };
        var area = site.Areas()[0]; // Keskinen: 34 750 €
        var editing = site.Services.GetRequiredService<AreaIdeaEditing>();
        var first = await site.SendApprovedAsync(area, "Kesäteatteri Kouvolan keskustaan");
        var second = await site.SendApprovedAsync(area, "Skeittiparkki Kasarminmäelle");

        Assert.Equal(IdeaChangeResult.Saved, await editing.ChangeAsync(first, 0, new IdeaChange(IdeaStatus.Done, "Toteutettiin kesällä.", 2500), "test", CancellationToken.None));
        Assert.Equal(IdeaChangeResult.Saved, await editing.ChangeAsync(second, 0, new IdeaChange(IdeaStatus.NotTakenUp, null, 0), "test", CancellationToken.None));
        Assert.Equal(IdeaChangeResult.Conflict, await editing.ChangeAsync(second, 0, new IdeaChange(IdeaStatus.Done, null, 9000), "test", CancellationToken.None));

        var totals = (await site.TotalsAsync(area.Key))!;
        Assert.Equal((0, 0, 1, 1, 2500L), (totals.New, totals.Considering, totals.Done, totals.NotTakenUp, totals.CommittedEuros));
        var html = await site.ReadAsync(area.Url("fi")!);
        Assert.Contains("Sitoutunut 2 500 € / 34 750 €", html);
        Assert.True(html.IndexOf("Skeittiparkki Kasarminmäelle", StringComparison.Ordinal) < html.IndexOf("Kesäteatteri Kouvolan keskustaan", StringComparison.Ordinal), "newest first");
        Assert.Contains("Ei toteuteta</span>", html);
    }
}

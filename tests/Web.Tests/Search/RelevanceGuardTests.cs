using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Search;
using Participation.Relevance;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Search;

/// <summary>
/// The site's own index (the chosen Finnish analysis) on the demo content, judged by tests/relevance/queries.json: the
/// figures may rise, never fall below what the chosen analysis reached when it was chosen (tests/relevance/README.md).
/// </summary>
public sealed class RelevanceGuardTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public void TheChosenFinnishAnalysisKeepsTheRelevanceItReached()
    {
        var search = site.Services.GetRequiredService<ContentSearch>();
        var figures = RelevanceSet.FromRepository().Evaluate(text =>
            search.Search(new ContentQuery(text, "fi") { Take = 10, Highlight = false }).Hits.Select(h => h.Url ?? "").ToList());

        Assert.True(figures.Mrr >= 0.92, $"MRR fell to {figures.Mrr:0.000}");
        Assert.True(figures.Ndcg10 >= 0.91, $"nDCG@10 fell to {figures.Ndcg10:0.000}");
        Assert.True(figures.HitsAt5 >= 0.98, $"hits@5 fell to {figures.HitsAt5:0.000}");
    }
}

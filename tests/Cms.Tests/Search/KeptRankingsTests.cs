using Lucene.Net.Search;
using Participation.Cms.Search;

namespace Participation.Cms.Tests.Search;

/// <summary>
/// A search's ranking is kept per index reader: any page of it is then read from the ranking, the same page as scoring
/// again would give; a page past the ranked depth ranks deeper; a new reader ranks anew; many requests at once rank once.
/// </summary>
public sealed class KeptRankingsTests
{
    [Fact]
    public async Task EveryPageReadFromAKeptRankingIsThePageScoringAgainGives()
    {
        await using var index = TestIndex.Open();
        await index.Index.RebuildAsync(Enumerable.Range(0, 2_500).Select(i => TestIndex.Document($"Tapahtuma {i:D4}", i % 3 == 0 ? "Kylätapahtuma, talkoot ja toinen kylätapahtuma" : "Kylätapahtuma")));
        var rankings = new KeptRankings();

        foreach (var sort in new[] { ContentSort.Relevance, ContentSort.Name })
        {
            foreach (var skip in new[] { 0, 10, 990, 1_990, 2_490 })
            {
                var query = new ContentQuery("kylätapahtuma", "fi") { Sort = sort, Skip = skip, Take = 10, Facets = [ContentFields.Type] };
                var kept = ContentSearch.Search(index.Index, query, rankings);
                var scored = ContentSearch.Search(index.Index, query);
                Assert.Equal(2_500, kept.Total);
                Assert.Equal(10, kept.Hits.Count);
                Assert.Equal(scored.Hits.Select(h => h.Key), kept.Hits.Select(h => h.Key));
                Assert.Equal(scored.Hits.Select(h => h.SnippetHtml), kept.Hits.Select(h => h.SnippetHtml));
                Assert.Equal(2_500, kept.Facets[ContentFields.Type].Single().Count);
            }
        }

        Assert.Equal("Tapahtuma 2490", ContentSearch.Search(index.Index, new ContentQuery("kylätapahtuma", "fi") { Sort = ContentSort.Name, Skip = 2_490 }, rankings).Hits[0].Name);
    }

    [Fact]
    public void ARankingIsComputedOncePerReaderAndDeeperOnlyWhenAPageGoesPastIt()
    {
        var rankings = new KeptRankings();
        var depths = new List<int>();
        Ranking Rank(int depth)
        {
            lock (depths)
            {
                depths.Add(depth);
            }

            Thread.Sleep(50); // long enough for the requests below to meet
            return new Ranking(Enumerable.Range(0, Math.Min(depth, 5_000)).Select(i => new ScoreDoc(i, 1)).ToArray(), 5_000, new Dictionary<string, IReadOnlyList<FacetCount>>(), null);
        }

        Parallel.For(0, 8, _ => rankings.GetOrAdd(1, "kylä", KeptRankings.DepthFor(10), Rank));
        Assert.Equal([KeptRankings.FirstDepth], depths);

        Assert.Equal(KeptRankings.FirstDepth, rankings.GetOrAdd(1, "kylä", KeptRankings.DepthFor(1_000), Rank).Docs.Length);
        Assert.Single(depths);

        var deeper = rankings.GetOrAdd(1, "kylä", KeptRankings.DepthFor(1_010), Rank);
        Assert.Equal(2 * KeptRankings.FirstDepth, deeper.Docs.Length);
        Assert.Same(deeper, rankings.GetOrAdd(1, "kylä", KeptRankings.DepthFor(20), Rank));
        Assert.Equal(2, depths.Count);

        rankings.GetOrAdd(2, "kylä", KeptRankings.DepthFor(10), Rank);
        rankings.GetOrAdd(2, "talkoot", KeptRankings.DepthFor(10), Rank);
        Assert.Equal(4, depths.Count);
    }

    [Fact]
    public void PastTheDocumentBoundRankingsAreDroppedAndRankedAgain()
    {
        var rankings = new KeptRankings(documentBound: 2_500);
        var ranked = 0;
        Ranking Rank(int depth)
        {
            ranked++;
            return new Ranking(Enumerable.Range(0, depth).Select(i => new ScoreDoc(i, 1)).ToArray(), 10_000, new Dictionary<string, IReadOnlyList<FacetCount>>(), null);
        }

        rankings.GetOrAdd(1, "a", 1_000, Rank);
        rankings.GetOrAdd(1, "b", 1_000, Rank);
        rankings.GetOrAdd(1, "a", 1_000, Rank);
        Assert.Equal(2, ranked);
        rankings.GetOrAdd(1, "c", 1_000, Rank); // 3 000 documents: the others go
        rankings.GetOrAdd(1, "a", 1_000, Rank);
        Assert.Equal(4, ranked);
    }
}

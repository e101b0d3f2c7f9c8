using Participation.Cms.Search;

namespace Participation.Cms.Tests.Search;

/// <summary>Index answers are kept per index version: asked again they are not searched again; any change is searched anew.</summary>
public sealed class KeptSearchResultsTests
{
    [Fact]
    public async Task AnAnswerIsKeptForItsIndexVersionAndSearchedAgainAfterAChange()
    {
        await using var index = TestIndex.Open();
        await index.AddAsync(TestIndex.Document("Kylätalo", "Kylätoimikunnan talo"));
        var kept = new KeptSearchResults();
        var searches = 0;
        ContentSearchResult Ask(ContentQuery query) => kept.GetOrAdd(Version(index), query, () =>
        {
            searches++;
            return ContentSearch.Search(index.Index, query);
        });

        var first = Ask(new ContentQuery("kylätalo", "fi"));
        Assert.Same(first, Ask(new ContentQuery("kylätalo", "fi")));
        Assert.Equal(1, searches);

        Ask(new ContentQuery("kylätalo", "fi") { Filters = new Dictionary<string, IReadOnlyList<string>> { [ContentFields.Type] = ["page"] } });
        Ask(new ContentQuery("kylätalo", "fi") { Excluded = new Dictionary<string, IReadOnlyList<string>> { [ContentFields.Type] = ["page"] } });
        Ask(new ContentQuery("kylätalo", "fi") { Skip = 10 });
        Ask(new ContentQuery("kylätalo", "sv"));
        Assert.Equal(5, searches);

        await index.AddAsync(TestIndex.Document("Toinen kylätalo", "Uusi talo"));
        var after = Ask(new ContentQuery("kylätalo", "fi"));
        Assert.Equal(6, searches);
        Assert.Equal(2, after.Total);
        Assert.Equal(1, first.Total);
    }

    [Fact]
    public void PastItsBoundAnswersAreComputedAndNotKept()
    {
        var kept = new KeptSearchResults(bound: 2);
        var searches = 0;
        ContentSearchResult Ask(string text) => kept.GetOrAdd(7, new ContentQuery(text, "fi"), () =>
        {
            searches++;
            return ContentSearchResult.Empty;
        });

        Ask("a");
        Ask("b");
        Ask("c");
        Ask("c");
        Ask("a");
        Assert.Equal(4, searches);
    }

    private static long Version(TestIndex index) =>
        index.Index.Search(searcher => searcher.IndexReader is Lucene.Net.Index.DirectoryReader reader ? reader.Version : 0);
}

using Microsoft.Extensions.Logging.Abstractions;
using Participation.Cms.Search;
using Participation.Cms.Search.Analysis;

namespace Participation.Cms.Tests.Search;

/// <summary>A content-shaped index in a temporary folder, written through the real background writer.</summary>
internal sealed class TestIndex : IAsyncDisposable
{
    private TestIndex(SearchIndex index, string folder)
    {
        Index = index;
        Folder = folder;
    }

    public SearchIndex Index { get; }

    public string Folder { get; }

    public static TestIndex Open(string? folder = null, LanguageAnalysis? finnish = null, string extra = "")
    {
        folder ??= Path.Combine(Path.GetTempPath(), "participation-tests", "search-" + Guid.NewGuid().ToString("N"));
        var definition = new SearchIndexDefinition
        {
            Name = "test",
            Cultures = ["fi", "sv", "en"],
            Languages = culture => culture == "fi" && finnish is not null ? finnish : AnalysisProfiles.For(culture),
        };
        var index = new SearchIndex(definition, folder, extra, TimeProvider.System, NullLogger.Instance);
        index.Open();
        return new TestIndex(index, folder);
    }

    public static SearchDocument Document(string name, string body, string type = "page", string culture = "fi", Guid? key = null)
    {
        var id = key ?? Guid.NewGuid();
        return new SearchDocument(ContentSearchDocuments.Id(id, culture), culture, "1")
            .Exact(ContentFields.Key, id.ToString())
            .Facet(ContentFields.Type, type)
            .Stored(ContentFields.Url, "/" + name.ToLowerInvariant().Replace(' ', '-') + "/")
            .FullText(ContentFields.Name, name)
            .Sortable(ContentFields.SortName, name)
            .FullText(ContentFields.Body, body);
    }

    public Task AddAsync(params SearchDocument[] documents) => Index.WriteAsync(IndexBatch.Of(documents));

    public ContentSearchResult Search(string text, string culture = "fi") => ContentSearch.Search(Index, new ContentQuery(text, culture));

    public ContentSearchResult Search(ContentQuery query) => ContentSearch.Search(Index, query);

    public async ValueTask DisposeAsync() => await Index.DisposeAsync();
}

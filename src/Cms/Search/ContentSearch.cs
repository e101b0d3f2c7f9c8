using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Participation.Cms.Search;

/// <summary>
/// The searcher API over the content index: the site search, the association directory and the Delivery API's
/// <c>filter=q:</c> all ask here. Paging is by skip and take with no upper bound on skip.
/// </summary>
public sealed class ContentSearch(ContentIndex content)
{
    private readonly KeptSearchResults kept = new();
    private readonly KeptRankings rankings = new();

    /// <summary>
    /// The answer, kept for the index version it was read from (<see cref="KeptSearchResults"/>); a page not asked
    /// before is read from the ranking kept for that version (<see cref="KeptRankings"/>).
    /// </summary>
    public ContentSearchResult Search(ContentQuery request)
    {
        var version = Version; // read first: the search then reads this version or a newer one, never an older
        return kept.GetOrAdd(version, request, () => Search(content.Index, request, rankings));
    }

    /// <summary>The keys of published content matching <paramref name="text"/> in <paramref name="culture"/>, best first.</summary>
    public IReadOnlyList<Guid> FindKeys(string text, string culture, int skip = 0, int take = 100) =>
        Search(new ContentQuery(text, culture) { Skip = skip, Take = take, Highlight = false }).Hits.Select(h => h.Key).ToList();

    /// <summary>
    /// Every published item matching <paramref name="text"/> in <paramref name="culture"/>, best first, and the index
    /// version the answer was read from (the Delivery API keeps an answer only while that version stands). The words
    /// must match as words (any form, compound part or without ä/ö); only when nothing does are near spellings
    /// tried, since trigrams alone match a long text for almost any word. Only the key is read from each hit.
    /// </summary>
    public (long Version, IReadOnlyList<Guid> Keys) RankAll(string text, string culture)
    {
        var index = content.Index;
        var (words, _) = TextQuery.Build(index, culture, text, fuzzy: false);
        var (near, _) = TextQuery.Build(index, culture, text);
        return index.Search<(long, IReadOnlyList<Guid>)>(searcher =>
        {
            var keys = Keys(searcher, words, culture);
            return (VersionOf(searcher), keys.Count > 0 ? keys : Keys(searcher, near, culture));
        });
    }

    private static List<Guid> Keys(IndexSearcher searcher, Query? text, string culture)
    {
        if (text is null)
        {
            return []; // nothing searchable in the text: only stop words or punctuation
        }

        var top = TopScoreDocCollector.Create(Math.Max(1, searcher.IndexReader.MaxDoc), true);
        searcher.Search(new BooleanQuery { { new TermQuery(new Term(IndexFields.Culture, culture)), Occur.MUST }, { text, Occur.MUST } }, top);
        // Keys come from the field cache (built once per segment, kept with it), not from each hit's stored fields:
        // reading stored fields for 10 000 hits costs a fifth of a second.
        var leaves = searcher.IndexReader.Leaves;
        var segments = new BinaryDocValues?[leaves.Count];
        var bytes = new BytesRef();
        var keys = new List<Guid>();
        foreach (var hit in top.GetTopDocs().ScoreDocs)
        {
            var i = ReaderUtil.SubIndex(hit.Doc, leaves);
            var values = segments[i] ??= FieldCache.DEFAULT.GetTerms(leaves[i].AtomicReader, ContentFields.Key, false);
            values.Get(hit.Doc - leaves[i].DocBase, bytes);
            keys.Add(Guid.Parse(bytes.Utf8ToString()));
        }

        return keys.Distinct().ToList();
    }

    /// <summary>The version of the content index searches read now; it changes with every applied change.</summary>
    public long Version => content.Index.Search(VersionOf);

    private static long VersionOf(IndexSearcher searcher) => searcher.IndexReader is DirectoryReader reader ? reader.Version : 0;

    /// <summary>Runs <paramref name="request"/> on any index of content documents (the relevance runner builds one per analysis).</summary>
    public static ContentSearchResult Search(SearchIndex index, ContentQuery request) => Search(index, request, rankings: null);

    internal static ContentSearchResult Search(SearchIndex index, ContentQuery request, KeptRankings? rankings)
    {
        var (text, words) = TextQuery.Build(index, request.Culture, request.Text);
        if (text is null && request.Text.Trim().Length > 0 && words.Count > 0 && request.Filters.Count == 0)
        {
            return ContentSearchResult.Empty; // only stop words
        }

        return index.Search(searcher =>
        {
            var wanted = Math.Max(1, request.Skip + request.Take);
            var ranking = rankings is null
                ? Rank(searcher, index, request, text, words, wanted)
                : rankings.GetOrAdd(VersionOf(searcher), KeptSearchResults.KeyOf(request, withPage: false), KeptRankings.DepthFor(wanted),
                    depth => Rank(searcher, index, request, text, words, depth));
            var page = ranking.Docs.Skip(request.Skip).Take(request.Take);
            var snippets = new Snippets(index, request.Culture, text);
            var hits = page.Select(hit => ToHit(searcher.Doc(hit.Doc), hit.Score, request.Highlight ? snippets : null)).ToList();
            return new ContentSearchResult(ranking.Total, hits, ranking.Facets, ranking.DidYouMean);
        });
    }

    /// <summary>Scores every match once: the best <paramref name="depth"/> in order, the total, the facet counts and the suggestion.</summary>
    private static Ranking Rank(IndexSearcher searcher, SearchIndex index, ContentQuery request, Query? text, IReadOnlyCollection<string> words, int depth)
    {
        var query = Compose(request, text, except: null);
        var facets = new FacetCollector(request.Facets.Where(f => !request.Filters.ContainsKey(f)).ToList());
        ITopDocsCollector top = request.Sort switch
        {
            ContentSort.Name => TopFieldCollector.Create(new Sort(new SortField(ContentFields.SortName, SortFieldType.STRING)), depth, false, true, false, false),
            ContentSort.Newest => TopFieldCollector.Create(new Sort(new SortField(ContentFields.UpdateDate, SortFieldType.INT64, true)), depth, false, true, false, false),
            _ => TopScoreDocCollector.Create(depth, true),
        };
        searcher.Search(query, MultiCollector.Wrap((ICollector)top, facets));
        var counts = facets.Result().ToDictionary(f => f.Key, f => f.Value);

        // A filtered facet is counted without its own filter, so the other choices still show what they would give.
        foreach (var field in request.Facets.Where(request.Filters.ContainsKey))
        {
            var own = new FacetCollector([field]);
            searcher.Search(Compose(request, text, except: field), own);
            counts[field] = own.Result()[field];
        }

        var didYouMean = words.Count > 0 ? DidYouMean.Suggest(searcher.IndexReader, index, request.Culture, request.Text) : null;
        return new Ranking(top.GetTopDocs().ScoreDocs, top.TotalHits, counts, didYouMean);
    }

    private static Query Compose(ContentQuery request, Query? text, string? except)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.Culture, request.Culture)), Occur.MUST },
            { text ?? new MatchAllDocsQuery(), Occur.MUST },
        };
        foreach (var (field, values) in request.Filters.Where(f => f.Key != except && f.Value.Count > 0))
        {
            var any = new BooleanQuery();
            foreach (var value in values)
            {
                any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
            }

            query.Add(new ConstantScoreQuery(any) { Boost = 0 }, Occur.MUST);
        }

        foreach (var (field, values) in request.Excluded)
        {
            foreach (var value in values)
            {
                query.Add(new TermQuery(new Term(field, value)), Occur.MUST_NOT);
            }
        }

        return query;
    }

    private static ContentHit ToHit(Lucene.Net.Documents.Document document, float score, Snippets? snippets)
    {
        var culture = document.Get(IndexFields.Culture);
        var name = document.Get(IndexFields.Text(ContentFields.Name, culture)) ?? "";
        var body = document.GetValues(IndexFields.Text(ContentFields.Body, culture));
        return new ContentHit(
            Guid.Parse(document.Get(ContentFields.Key)),
            culture,
            document.Get(ContentFields.Type),
            name,
            document.Get(ContentFields.Url),
            float.IsNaN(score) ? 0 : score,
            snippets?.Name(name) ?? HtmlTextEncoder.Instance.EncodeText(name),
            snippets?.Body(body));
    }
}

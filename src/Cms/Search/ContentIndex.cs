using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Participation.Cms.ContentTypes;
using Participation.Cms.PublishedCache;
using Participation.Cms.Site;

namespace Participation.Cms.Search;

/// <summary>
/// The "content" index: published, routable content, one document per item and culture, kept in step with the
/// published snapshot. At start it opens the folder (rebuilding what is missing, corrupt or of an older schema) and
/// re-indexes only the items whose stamp differs from the snapshot's, so a restart after a crash or a long stop converges.
/// </summary>
public sealed class ContentIndex(
    PublishedSnapshotService snapshots,
    ContentSearchDocuments documents,
    ContentTypeService contentTypes,
    SiteOptions site,
    IOptions<SearchOptions> options,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<ContentIndex> logger) : IAsyncDisposable
{
    public const string Name = "content";

    private SearchIndex? index;

    public SearchIndex Index => index ?? throw new InvalidOperationException("The content index opens at start, after the published snapshot.");

    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetFullPath(options.Value.Folder, environment.ContentRootPath), Name);
        var definition = new SearchIndexDefinition { Name = Name, Cultures = site.Cultures };
        index = new SearchIndex(definition, folder, await ExtraFingerprintAsync(cancellationToken), clock, logger);
        if (index.Open() == IndexOpening.Ready)
        {
            await SyncAsync(new MatchAllDocsQuery(), snapshots.Current.All, [], cancellationToken);
        }
        else
        {
            await RebuildAsync(null, cancellationToken);
        }
    }

    /// <summary>How many documents the current snapshot gives: the total a rebuild's progress counts towards.</summary>
    public int ExpectedDocuments => ContentSearchDocuments.Expected(snapshots.Current.All).Count();

    /// <summary>Rebuilds from the current snapshot, recording the content types it was built from (a type change rebuilds).</summary>
    public async Task RebuildAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var snapshot = snapshots.Current;
        logger.LogInformation("Rebuilding search index {Name} from {Count} published items", Name, snapshot.Count);
        await Index.RebuildAsync(snapshot.All.SelectMany(item => documents.For(snapshot, item)), progress, cancellationToken, await ExtraFingerprintAsync(cancellationToken));
    }

    /// <summary>
    /// Brings the changed items and everything below them in line with the current snapshot: the items themselves are
    /// always rewritten, their descendants only where the stamp differs (a move or rename changes their URLs).
    /// </summary>
    public Task RefreshAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken)
    {
        var snapshot = snapshots.Current;
        var scope = new BooleanQuery();
        var items = new List<PublishedContent>();
        foreach (var key in keys)
        {
            scope.Add(new TermQuery(new Term(ContentFields.Key, key.ToString())), Occur.SHOULD);
            scope.Add(new TermQuery(new Term(ContentFields.Ancestor, key.ToString())), Occur.SHOULD);
            if (snapshot.GetByKey(key) is { } item)
            {
                items.Add(item);
                items.AddRange(Descendants(snapshot, item));
            }
        }

        return SyncAsync(scope, items.DistinctBy(i => i.Key), keys, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (index is not null)
        {
            await index.DisposeAsync();
        }
    }

    private async Task SyncAsync(Query scope, IEnumerable<PublishedContent> expected, IReadOnlyCollection<Guid> always, CancellationToken cancellationToken)
    {
        var snapshot = snapshots.Current;
        var indexed = Index.ReadStamps(scope);
        var upserts = new List<SearchDocument>();
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in expected)
        {
            var stale = always.Contains(item.Key)
                || ContentSearchDocuments.Expected([item]).Any(e => indexed.GetValueOrDefault(e.Id) != e.Stamp);
            foreach (var (id, _) in ContentSearchDocuments.Expected([item]))
            {
                wanted.Add(id);
            }

            if (stale)
            {
                upserts.AddRange(documents.For(snapshot, item));
            }
        }

        var deletes = indexed.Keys.Where(id => !wanted.Contains(id)).ToList();
        await Index.WriteAsync(IndexBatch.Of(upserts, deletes), cancellationToken);
    }

    private static IEnumerable<PublishedContent> Descendants(PublishedSnapshot snapshot, PublishedContent item)
    {
        foreach (var child in snapshot.Children(item))
        {
            yield return child;
            foreach (var below in Descendants(snapshot, child))
            {
                yield return below;
            }
        }
    }

    // The documents depend on the content types (which properties, which editors): a change while this node was down
    // is seen here and rebuilds the index, as a change while it runs does through the change pipeline.
    private async Task<string> ExtraFingerprintAsync(CancellationToken cancellationToken)
    {
        var types = await contentTypes.GetAllAsync(null, cancellationToken);
        var json = JsonSerializer.Serialize(types.Values.OrderBy(t => t.Alias, StringComparer.Ordinal));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..16] + ";" + documents.Fingerprint;
    }
}

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
/// That comparison runs after the site answers (searches meanwhile read the index as it was when the node stopped);
/// it, the pipeline's refreshes and rebuilds take turns, so an older comparison never overwrites a newer change.
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

    private readonly SemaphoreSlim turn = new(1, 1);
    private SearchIndex? index;
    private Task caughtUp = Task.CompletedTask;

    public SearchIndex Index => index ?? throw new InvalidOperationException("The content index opens at start, after the published snapshot.");

    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetFullPath(options.Value.Folder, environment.ContentRootPath), Name);
        var definition = new SearchIndexDefinition { Name = Name, Cultures = site.Cultures };
        index = new SearchIndex(definition, folder, await ExtraFingerprintAsync(cancellationToken), clock, logger);
        if (index.Open() == IndexOpening.Ready)
        {
            caughtUp = Task.Run(CatchUpAsync, CancellationToken.None);
        }
        else
        {
            await RebuildAsync(null, cancellationToken);
        }
    }

    /// <summary>Completes once the index has caught up with what changed while this node was down.</summary>
    public Task CaughtUp => caughtUp;

    private async Task CatchUpAsync()
    {
        try
        {
            await InTurnAsync(() => SyncAsync(new MatchAllDocsQuery(), snapshot => snapshot.All, [], CancellationToken.None), CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The index stays as it was; the next change to an item, or a rebuild from the backoffice, puts it right.
            logger.LogError(ex, "Search index {Name} could not catch up with the published content at start", Name);
        }
    }

    private async Task InTurnAsync(Func<Task> work, CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken);
        try
        {
            await work();
        }
        finally
        {
            turn.Release();
        }
    }

    /// <summary>How many documents the current snapshot gives: the total a rebuild's progress counts towards.</summary>
    public int ExpectedDocuments => ContentSearchDocuments.Expected(snapshots.Current.All).Count();

    /// <summary>Rebuilds from the current snapshot, recording the content types it was built from (a type change rebuilds).</summary>
    public Task RebuildAsync(IProgress<int>? progress, CancellationToken cancellationToken) => InTurnAsync(async () =>
    {
        var snapshot = snapshots.Current;
        logger.LogInformation("Rebuilding search index {Name} from {Count} published items", Name, snapshot.Count);
        await Index.RebuildAsync(snapshot.All.SelectMany(item => documents.For(snapshot, item)), progress, cancellationToken, await ExtraFingerprintAsync(cancellationToken));
    }, cancellationToken);

    /// <summary>
    /// Brings the changed items and everything below them in line with the current snapshot: the items themselves are
    /// always rewritten, their descendants only where the stamp differs (a move or rename changes their URLs).
    /// </summary>
    public Task RefreshAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken) => InTurnAsync(() =>
    {
        var scope = new BooleanQuery();
        foreach (var key in keys)
        {
            scope.Add(new TermQuery(new Term(ContentFields.Key, key.ToString())), Occur.SHOULD);
            scope.Add(new TermQuery(new Term(ContentFields.Ancestor, key.ToString())), Occur.SHOULD);
        }

        return SyncAsync(scope, snapshot => ItemsAndDescendants(snapshot, keys), keys, cancellationToken);
    }, cancellationToken);

    private static IEnumerable<PublishedContent> ItemsAndDescendants(PublishedSnapshot snapshot, IReadOnlyCollection<Guid> keys)
    {
        var items = new List<PublishedContent>();
        foreach (var key in keys)
        {
            if (snapshot.GetByKey(key) is { } item)
            {
                items.Add(item);
                items.AddRange(Descendants(snapshot, item));
            }
        }

        return items.DistinctBy(i => i.Key);
    }

    public async ValueTask DisposeAsync()
    {
        await caughtUp;
        if (index is not null)
        {
            await index.DisposeAsync();
        }

        turn.Dispose();
    }

    // Called in turn: the snapshot and the expected items are read here, after any earlier writer has finished.
    private async Task SyncAsync(Query scope, Func<PublishedSnapshot, IEnumerable<PublishedContent>> expectedItems, IReadOnlyCollection<Guid> always, CancellationToken cancellationToken)
    {
        var snapshot = snapshots.Current;
        var expected = expectedItems(snapshot);
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

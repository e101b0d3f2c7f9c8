using System.Threading.Channels;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Participation.Cms.Search;

/// <summary>
/// One named Lucene index in its own folder. Writes go through a channel to a single background writer, which applies
/// whatever has queued up as one batch, refreshes the near-real-time searcher (the change is searchable when the
/// writer's task completes) and then commits to disk. Searches never wait for writes.
/// </summary>
public sealed partial class SearchIndex : IAsyncDisposable
{
    private const string SchemaKey = "schema";
    private const int MaxBatch = 512;
    private static readonly TimeSpan CommitDelay = TimeSpan.FromSeconds(1);

    private string fingerprint;
    private readonly IndexAnalyzer analyzer;
    private readonly TimeProvider clock;
    private readonly ILogger logger;
    private readonly Channel<Work> queue = Channel.CreateUnbounded<Work>(new UnboundedChannelOptions { SingleReader = true });
    private LuceneDirectory? directory;
    private IndexWriter? writer;
    private SearcherManager? searchers;
    private Task? loop;
    private DateTimeOffset? lastChange;
    private DateTimeOffset lastCommit;
    private string? lastError;
    private bool disposed;
    private bool temporary;

    public SearchIndex(SearchIndexDefinition definition, string folder, string extraFingerprint, TimeProvider clock, ILogger logger)
    {
        Definition = definition;
        Folder = folder;
        fingerprint = definition.Fingerprint(extraFingerprint);
        analyzer = new IndexAnalyzer(definition.Languages);
        this.clock = clock;
        this.logger = logger;
    }

    public SearchIndexDefinition Definition { get; }

    public string Folder { get; private set; }

    public IndexOpening OpenedAs { get; private set; }

    public bool IsOpen => searchers is not null;

    /// <summary>
    /// Opens the folder, checking that the index is there, readable (every file's checksum) and of this schema;
    /// otherwise starts it empty and says why, so the caller rebuilds it.
    /// </summary>
    public IndexOpening Open()
    {
        if (InUseElsewhere(Folder))
        {
            // Two hosts on one folder is a misconfiguration (each node keeps its own index), but not a reason to fail to
            // start or to touch the other's files: this one keeps a private index, deleted when it stops.
            var own = $"{Folder}.{Environment.ProcessId}.{Guid.NewGuid():N}";
            logger.LogWarning("Search index folder {Folder} is in use by another host; using {Own} until this host stops. Give each node its own Cms:Search:Folder.", Folder, own);
            Folder = own;
            temporary = true;
        }

        System.IO.Directory.CreateDirectory(Folder);
        OpenedAs = Inspect();
        if (OpenedAs != IndexOpening.Ready)
        {
            logger.LogWarning("Search index {Name} is {State}; it starts empty and is rebuilt", Definition.Name, OpenedAs);
            foreach (var file in System.IO.Directory.EnumerateFiles(Folder))
            {
                File.Delete(file);
            }
        }

        directory = FSDirectory.Open(new DirectoryInfo(Folder));
        writer = new IndexWriter(directory, new IndexWriterConfig(Analysis.AnalysisProfiles.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 64, // fewer flushes during a rebuild; an update batch is far smaller
        });
        if (OpenedAs != IndexOpening.Ready)
        {
            Commit();
        }

        searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
        loop = Task.Run(RunAsync);
        return OpenedAs;
    }

    /// <summary>Applies the batch; completes once the change is searchable on this node.</summary>
    public Task WriteAsync(IndexBatch batch, CancellationToken cancellationToken = default) =>
        batch.IsEmpty ? Task.CompletedTask : EnqueueAsync(new BatchWork(batch), cancellationToken);

    /// <summary>
    /// Replaces everything in the index with <paramref name="documents"/>; searches see the old index until the new one is
    /// complete. A new <paramref name="extraFingerprint"/> (what the documents were built from changed) is stored with it.
    /// </summary>
    public Task RebuildAsync(IEnumerable<SearchDocument> documents, IProgress<int>? progress = null, CancellationToken cancellationToken = default, string? extraFingerprint = null) =>
        EnqueueAsync(new RebuildWork(documents, progress, extraFingerprint is null ? null : Definition.Fingerprint(extraFingerprint)), cancellationToken);

    public T Search<T>(Func<IndexSearcher, T> read)
    {
        var manager = searchers ?? throw new InvalidOperationException($"Search index {Definition.Name} is not open.");
        var searcher = manager.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    /// <summary>The id and stamp of every document matching <paramref name="scope"/>: what a restart or a move compares against.</summary>
    public Dictionary<string, string> ReadStamps(Query scope) => Search(searcher =>
    {
        var stamps = new StampCollector();
        searcher.Search(scope, stamps);
        return stamps.Stamps;
    });

    public IndexHealth Health()
    {
        var documents = IsOpen ? Search(s => s.IndexReader.NumDocs) : 0;
        var size = System.IO.Directory.Exists(Folder) ? new DirectoryInfo(Folder).EnumerateFiles().Sum(f => f.Length) : 0;
        return new IndexHealth(Definition.Name, documents, size, lastChange, OpenedAs, lastError);
    }

    public Analysis.LanguageAnalysis Language(string culture) => Definition.Languages(culture);

    /// <summary>The analyser the index uses for each field (by name): queries and highlighting must analyse the same way.</summary>
    internal Lucene.Net.Analysis.Analyzer Analyzer => analyzer;

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        queue.Writer.TryComplete();
        if (loop is not null)
        {
            await loop;
        }

        searchers?.Dispose();
        writer?.Dispose();
        directory?.Dispose();
        analyzer.Dispose();
        if (temporary)
        {
            try
            {
                System.IO.Directory.Delete(Folder, recursive: true);
            }
            catch (IOException ex)
            {
                logger.LogWarning(ex, "Could not delete the private search index {Folder}", Folder);
            }
        }
    }

    private static bool InUseElsewhere(string folder)
    {
        if (!System.IO.Directory.Exists(folder))
        {
            return false;
        }

        using var dir = FSDirectory.Open(new DirectoryInfo(folder));
        using var probe = dir.MakeLock(IndexWriter.WRITE_LOCK_NAME);
        try
        {
            return !probe.Obtain(); // released again when disposed; the writer takes it for good right after
        }
        catch (LockObtainFailedException)
        {
            return true;
        }
    }

    private IndexOpening Inspect()
    {
        try
        {
            using var dir = FSDirectory.Open(new DirectoryInfo(Folder));
            if (!DirectoryReader.IndexExists(dir))
            {
                return IndexOpening.Missing;
            }

            var commit = new SegmentInfos();
            commit.Read(dir);
            if (!commit.UserData.TryGetValue(SchemaKey, out var schema) || schema != fingerprint)
            {
                return IndexOpening.OlderSchema;
            }

            using var reader = DirectoryReader.Open(dir);
            foreach (var leaf in reader.Leaves)
            {
                leaf.AtomicReader.CheckIntegrity();
            }

            return IndexOpening.Ready;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogWarning(ex, "Search index {Name} in {Folder} cannot be read", Definition.Name, Folder);
            return IndexOpening.Corrupt;
        }
    }
}

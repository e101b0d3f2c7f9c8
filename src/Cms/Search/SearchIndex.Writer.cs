using Lucene.Net.Index;
using Microsoft.Extensions.Logging;

namespace Participation.Cms.Search;

/// <summary>The single background writer: batches queued work, refreshes the searcher, commits at most once a second.</summary>
public sealed partial class SearchIndex
{
    private async Task EnqueueAsync(Work work, CancellationToken cancellationToken)
    {
        if (!queue.Writer.TryWrite(work))
        {
            throw new ObjectDisposedException(nameof(SearchIndex));
        }

        await work.Done.Task.WaitAsync(cancellationToken);
    }

    private async Task RunAsync()
    {
        var batch = new List<Work>();
        var uncommitted = false;
        while (true)
        {
            // Commit once the writer has been idle for a moment (or a second has passed): a change is searchable before it
            // is on disk, and a burst of changes shares one commit. A crash loses at most that second, and the start-up
            // comparison of stamps puts it right.
            var next = queue.Reader.WaitToReadAsync().AsTask();
            if (uncommitted && await Task.WhenAny(next, Task.Delay(CommitDelay)) != next)
            {
                Commit();
                uncommitted = false;
            }

            if (!await next)
            {
                break;
            }

            batch.Clear();
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var work))
            {
                batch.Add(work);
            }

            try
            {
                foreach (var work in batch)
                {
                    Apply(work);
                }

                searchers!.MaybeRefreshBlocking();
                lastChange = clock.GetUtcNow();
                lastError = null;
                foreach (var work in batch)
                {
                    work.Done.TrySetResult();
                }

                uncommitted = true;
                if (batch.Any(w => w is RebuildWork) || DateTimeOffset.UtcNow - lastCommit > CommitDelay)
                {
                    Commit();
                    uncommitted = false;
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Every waiter hears of it: a change handler fails and the change pipeline retries it with backoff.
                lastError = ex.Message;
                logger.LogError(ex, "Writing to search index {Name} failed", Definition.Name);
                foreach (var work in batch)
                {
                    work.Done.TrySetException(ex);
                }
            }
        }

        Commit();
    }

    private void Apply(Work work)
    {
        var index = writer!;
        switch (work)
        {
            case BatchWork { Batch: var batch }:
                foreach (var (field, value) in batch.DeleteWhere)
                {
                    index.DeleteDocuments(new Term(field, value));
                }

                foreach (var id in batch.DeleteIds)
                {
                    index.DeleteDocuments(new Term(IndexFields.Id, id));
                }

                foreach (var document in batch.Upserts)
                {
                    index.UpdateDocument(new Term(IndexFields.Id, document.Id), LuceneDocuments.Create(document, Language(document.Culture)));
                }

                break;
            case RebuildWork rebuild:
                fingerprint = rebuild.Fingerprint ?? fingerprint;
                index.DeleteAll();
                var count = 0;
                foreach (var document in rebuild.Documents)
                {
                    index.AddDocument(LuceneDocuments.Create(document, Language(document.Culture)));
                    if (++count % 1000 == 0)
                    {
                        rebuild.Progress?.Report(count);
                    }
                }

                rebuild.Progress?.Report(count);
                break;
        }
    }

    private void Commit()
    {
        writer!.SetCommitData(new Dictionary<string, string> { [SchemaKey] = fingerprint });
        writer.Commit();
        lastCommit = DateTimeOffset.UtcNow; // real time: commits are paced by the disk, not by the site's clock
    }

    private abstract record Work
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed record BatchWork(IndexBatch Batch) : Work;

    private sealed record RebuildWork(IEnumerable<SearchDocument> Documents, IProgress<int>? Progress, string? Fingerprint) : Work;
}

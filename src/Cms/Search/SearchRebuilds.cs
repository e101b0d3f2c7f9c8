namespace Participation.Cms.Search;

/// <summary>
/// A rebuild an admin started from the backoffice: runs in the background (a large site takes a while) and reports its
/// progress to whoever looks at the page. One at a time per node; the index keeps answering searches meanwhile.
/// </summary>
public sealed class SearchRebuilds(ContentIndex content, TimeProvider clock)
{
    private readonly Lock gate = new();
    private Task? running;

    public int Done { get; private set; }

    public int Total { get; private set; }

    public bool IsRunning => running is { IsCompleted: false };

    public DateTimeOffset? FinishedAt { get; private set; }

    public string? Error { get; private set; }

    /// <summary>Starts a rebuild unless one is running; returns false when one already was.</summary>
    public bool Start()
    {
        lock (gate)
        {
            if (IsRunning)
            {
                return false;
            }

            Done = 0;
            Total = content.ExpectedDocuments;
            Error = null;
            FinishedAt = null;
            running = Task.Run(RunAsync);
            return true;
        }
    }

    private async Task RunAsync()
    {
        try
        {
            await content.RebuildAsync(new Progress<int>(done => Done = done), CancellationToken.None);
            Done = Total;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Error = ex.Message;
        }
        finally
        {
            FinishedAt = clock.GetUtcNow();
        }
    }
}

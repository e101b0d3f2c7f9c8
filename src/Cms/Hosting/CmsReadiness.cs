namespace Participation.Cms.Hosting;

/// <summary>
/// Whether this node serves its site yet: ready once the published snapshot is loaded. Both a first start's import and
/// a restart's snapshot load run while the server already listens (see <see cref="StartingPage"/>): during an import,
/// which takes minutes, requests are answered 503; during a restart's load, a second or two, they are held until ready.
/// </summary>
public sealed class CmsReadiness
{
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => ready.Task.IsCompletedSuccessfully;

    /// <summary>Whether the first import is running (rather than a restart's snapshot load).</summary>
    public bool IsImporting { get; private set; }

    /// <summary>Completes when the site is ready; fails with the import's error when the first import failed.</summary>
    public Task WhenReady => ready.Task;

    internal void Importing() => IsImporting = true;

    internal void Ready()
    {
        IsImporting = false;
        ready.TrySetResult();
    }

    internal void Failed(Exception exception) => ready.TrySetException(exception);
}

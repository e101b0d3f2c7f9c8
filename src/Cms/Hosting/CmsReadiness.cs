namespace Participation.Cms.Hosting;

/// <summary>
/// Whether this node serves its site yet: ready once the published snapshot is loaded. On a first start the import runs
/// after the server listens (answering 503 meanwhile, see <see cref="StartingPage"/>); a restart is ready before it listens.
/// </summary>
public sealed class CmsReadiness
{
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => ready.Task.IsCompletedSuccessfully;

    /// <summary>Completes when the site is ready; fails with the import's error when the first import failed.</summary>
    public Task WhenReady => ready.Task;

    internal void Ready() => ready.TrySetResult();

    internal void Failed(Exception exception) => ready.TrySetException(exception);
}

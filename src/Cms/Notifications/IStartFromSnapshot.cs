namespace Participation.Cms.Notifications;

/// <summary>
/// Node-local state built from the published snapshot (a search index): loaded at start right after the snapshot,
/// before the node applies changes from the log, so both start from the same point.
/// </summary>
public interface IStartFromSnapshot
{
    Task StartAsync(CancellationToken cancellationToken);
}

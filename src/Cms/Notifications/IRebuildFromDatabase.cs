namespace Participation.Cms.Notifications;

/// <summary>
/// A node-local handler that can rebuild its whole state from the database: used when a node starts new or has
/// fallen further behind than replaying instructions is worth (or than their retention).
/// </summary>
public interface IRebuildFromDatabase
{
    Task RebuildAsync(CancellationToken cancellationToken);
}

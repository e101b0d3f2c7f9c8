namespace Participation.Cms.Media;

/// <summary>Where media files live: a folder on disk by default, object storage on a cluster.</summary>
public interface IMediaStore
{
    /// <summary>
    /// Writes a file under a temporary name and then moves it into place, so a reader never sees half a file.
    /// Synchronous because it runs in a unit of work's commit callback: a file is written only once its media
    /// node is committed, so a rolled-back upload leaves nothing behind.
    /// </summary>
    void Place(string path, byte[] content);

    /// <summary>Opens a stored file for reading, or null when there is none.</summary>
    Task<Stream?> OpenAsync(string path, CancellationToken cancellationToken);

    Task DeleteAsync(string path, CancellationToken cancellationToken);
}

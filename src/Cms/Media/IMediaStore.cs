namespace Participation.Cms.Media;

/// <summary>Where media files live: a folder on disk by default, object storage on a cluster.</summary>
public interface IMediaStore
{
    Task SaveAsync(string path, Stream content, CancellationToken cancellationToken);

    /// <summary>Opens a stored file for reading, or null when there is none.</summary>
    Task<Stream?> OpenAsync(string path, CancellationToken cancellationToken);

    Task DeleteAsync(string path, CancellationToken cancellationToken);
}

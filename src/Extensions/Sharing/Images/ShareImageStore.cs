using Participation.Cms.Media;

namespace Participation.Extensions.Sharing.Images;

/// <summary>
/// Share images on disk beside the media variants (<c>{Cms:Media:CacheFolder}/share/{key}/{culture}-{stamp}.{png|jpg}</c>):
/// made once per version of a page, and the item's folder dropped when it changes.
/// </summary>
internal sealed class ShareImageStore(MediaOptions media)
{
    private readonly string root = Path.Combine(media.CacheFolder, "share");

    public string PathOf(Guid key, string culture, string stamp, string extension) =>
        Path.Combine(root, key.ToString("N"), $"{culture}-{stamp}.{extension}");

    public async Task WriteAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N")[..8];
        await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    public void Forget(Guid key)
    {
        var folder = Path.Combine(root, key.ToString("N"));
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file being served right now; its name carries the old stamp, so it is never served for the new version.
        }
    }
}

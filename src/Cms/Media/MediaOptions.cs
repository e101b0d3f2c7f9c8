namespace Participation.Cms.Media;

public sealed class MediaOptions
{
    /// <summary>Folder of the disk store, relative to the content root.</summary>
    public string Folder { get; set; } = "App_Data/media";

    /// <summary>Folder for generated variants (resized and cropped images); safe to delete.</summary>
    public string CacheFolder { get; set; } = "App_Data/cache/media";

    public int MaxVariantSize { get; set; } = 3000;

    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;
}

namespace Participation.Cms.Media;

public sealed class MediaOptions
{
    /// <summary>Sizes (pixels, width or height) the public endpoint makes when <see cref="VariantSizes"/> is not set.</summary>
    public static readonly int[] DefaultVariantSizes =
        [32, 64, 96, 128, 160, 200, 240, 300, 360, 400, 480, 500, 560, 640, 675, 720, 800, 960, 1080, 1200, 1440, 1600, 1920, 2400];

    /// <summary>Folder of the disk store, relative to the content root.</summary>
    public string Folder { get; set; } = "App_Data/media";

    /// <summary>Folder for generated variants (resized and cropped images); safe to delete.</summary>
    public string CacheFolder { get; set; } = "App_Data/cache/media";

    /// <summary>Largest width or height a request may name; above it the answer is 400.</summary>
    public int MaxVariantSize { get; set; } = 3000;

    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Longest side of an image accepted at upload and decoded for a variant.</summary>
    public int MaxImageSide { get; set; } = 10_000;

    /// <summary>Most pixels in an image: 40 megapixels decode into 160 MB, so a small file cannot claim gigabytes.</summary>
    public long MaxImagePixels { get; set; } = 40_000_000;

    /// <summary>Variants decoded at once; with <see cref="MaxImagePixels"/> this bounds the memory resizing takes.</summary>
    public int MaxConcurrentResizes { get; set; } = 2;

    /// <summary>
    /// The only widths and heights the endpoint makes; a requested size snaps up to the next one (the largest above
    /// them), so anonymous requests for 50, 51 and 52 share one variant instead of costing a decode each. Null: the
    /// defaults, which hold every size the site's own views ask for. (An array, not a list: the configuration binder
    /// would append configured sizes to a list's defaults.)
    /// </summary>
    public int[]? VariantSizes { get; set; }

    public bool AllowsImage(int width, int height) =>
        width > 0 && height > 0 && width <= MaxImageSide && height <= MaxImageSide && (long)width * height <= MaxImagePixels;

    public int SnapSize(int requested)
    {
        var sizes = VariantSizes is { Length: > 0 } configured ? configured : DefaultVariantSizes;
        var snapped = int.MaxValue;
        var largest = 0;
        foreach (var size in sizes)
        {
            largest = Math.Max(largest, size);
            if (size >= requested && size < snapped)
            {
                snapped = size;
            }
        }

        return snapped == int.MaxValue ? largest : snapped;
    }
}

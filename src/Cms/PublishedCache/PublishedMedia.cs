using Participation.Cms.PropertyEditors;

namespace Participation.Cms.PublishedCache;

/// <summary>An image or file from the media library, as the public site sees it.</summary>
public sealed record PublishedMedia(Guid Key, string Name, string Url, int? Width, int? Height, long? Bytes, string Extension, IReadOnlyDictionary<string, string> AltText)
{
    public FocalPoint? FocalPoint { get; init; }

    /// <summary>The alt text in the site's default culture, for pages in a culture that has none of its own.</summary>
    public string DefaultAlt { get; init; } = "";

    public string Alt(string culture) => AltText.GetValueOrDefault(culture) ?? DefaultAlt;

    /// <summary>A resized variant URL; the media endpoint makes and caches it on first request.</summary>
    public string Crop(int width, int height, FocalPoint? focalPoint = null)
    {
        var focal = focalPoint ?? FocalPoint;
        var rxy = focal is null ? "" : FormattableString.Invariant($"&rxy={focal.Left:0.###},{focal.Top:0.###}");
        return FormattableString.Invariant($"{Url}?width={width}&height={height}&mode=crop{rxy}");
    }

    public string Resize(int width) => FormattableString.Invariant($"{Url}?width={width}");

    /// <summary>
    /// The crop of <see cref="Crop"/> at every size the media endpoint makes in the same proportions, from 320 pixels
    /// wide up to twice <paramref name="width"/> (dense phone screens) and at most 1920, as a <c>srcset</c>: the browser
    /// takes the one its layout needs. <paramref name="webp"/> gives the same crops in WebP for a <c>&lt;source&gt;</c>.
    /// </summary>
    public string CropSrcSet(int width, int height, bool webp = false)
    {
        var sizes = Media.MediaOptions.DefaultVariantSizes;
        var widths = sizes
            .Where(w => w >= 320 && w <= Math.Min(2 * width, 1920) && (long)w * height % width == 0 && sizes.Contains((int)((long)w * height / width)))
            .Append(width)
            .Distinct()
            .Order();
        var format = webp ? "&format=webp" : "";
        return string.Join(", ", widths.Select(w => FormattableString.Invariant($"{Crop(w, (int)((long)w * height / width))}{format} {w}w")));
    }
}

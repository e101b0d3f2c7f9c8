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
}

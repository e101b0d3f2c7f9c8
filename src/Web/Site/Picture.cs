using Participation.Cms.PublishedCache;

namespace Participation.Web.Site;

/// <summary>
/// An image crop drawn by <c>_Picture.cshtml</c>: <see cref="Width"/> × <see cref="Height"/> is the crop's shape and
/// its largest usual size; <see cref="Sizes"/> says how wide the layout shows it, so the browser picks from the srcset.
/// </summary>
public sealed record Picture(PublishedMedia Image, int Width, int Height, string Alt, string Sizes)
{
    /// <summary>Column-wide images (an article's or a project's picture): the text column, or the whole phone screen.</summary>
    public const string ColumnSizes = "(min-width: 44rem) 42rem, 100vw";

    public string? CssClass { get; init; }

    public bool Lazy { get; init; }
}

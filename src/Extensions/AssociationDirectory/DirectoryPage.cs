using Participation.Cms.PublishedCache;
using Participation.Cms.Routing;

namespace Participation.Extensions.AssociationDirectory;

/// <summary>The association directory: one page of associations, filtered by municipality.</summary>
public sealed class DirectoryPage(PageContext context) : ContentPage(context)
{
    public required IReadOnlyList<PublishedContent> Associations { get; init; }

    /// <summary>Every municipality with its number of associations, for the filter.</summary>
    public required IReadOnlyList<(string Name, int Count)> Municipalities { get; init; }

    public string? Municipality { get; init; }

    public int PageNumber { get; init; } = 1;

    public int PageCount { get; init; } = 1;

    public int Total { get; init; }

    public string PageUrl(int page) =>
        Url + "?" + string.Join("&", new[] { Municipality is null ? null : "kunta=" + Uri.EscapeDataString(Municipality), page > 1 ? $"sivu={page}" : null }.OfType<string>());
}

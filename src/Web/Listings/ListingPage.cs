using Participation.Cms.PublishedCache;
using Participation.Cms.Routing;

namespace Participation.Web.Listings;

/// <summary>A news list or blog: one page of articles, optionally filtered by tag.</summary>
public sealed class ListingPage(PageContext context) : ContentPage(context)
{
    public required IReadOnlyList<PublishedContent> Items { get; init; }

    public string? Tag { get; init; }

    public int PageNumber { get; init; } = 1;

    public int PageCount { get; init; } = 1;

    /// <summary>Items of the list published only in the site's default language (none on a default-language page).</summary>
    public int UntranslatedCount { get; init; }

    /// <summary>This list in the default language, where <see cref="UntranslatedCount"/> items are.</summary>
    public string? DefaultCultureUrl { get; init; }

    /// <summary>One page of one list, filtered or not: the tag and page number are the only things read from the query.</summary>
    public override string? FragmentKey => $"{ItemKey}|{Tag}|{PageNumber}";

    public string PageUrl(int page) =>
        Url + "?" + string.Join("&", new[] { Tag is null ? null : "tag=" + Uri.EscapeDataString(Tag), page > 1 ? $"sivu={page}" : null }.OfType<string>());
}

using Participation.Cms.Routing;
using Participation.Cms.Search;

namespace Participation.Web.Search;

public sealed class SearchPage(PageContext context) : ContentPage(context)
{
    /// <summary>The results follow the query; the head, menus and breadcrumbs do not (the query's text is outside them).</summary>
    public override string? LayoutKey => ItemKey;

    /// <summary>What was typed; null before anything was searched.</summary>
    public string? Query { get; init; }

    /// <summary>The chosen kind of result (<see cref="SearchTypes"/>), or null for all.</summary>
    public string? Type { get; init; }

    public ContentSearchResult Result { get; init; } = ContentSearchResult.Empty;

    /// <summary>Each kind with matches, with its count over the whole search (not just the chosen kind).</summary>
    public IReadOnlyList<(string Key, int Count)> Types { get; init; } = [];

    public int AllCount => Types.Sum(t => t.Count);

    public int PageNumber { get; init; } = 1;

    public int PageCount { get; init; } = 1;

    public string SearchUrl(string? query, string? type = null, int page = 1) =>
        Url + "?" + string.Join("&", new[]
        {
            query is null ? null : "q=" + Uri.EscapeDataString(query),
            type is null ? null : "tyyppi=" + Uri.EscapeDataString(type),
            page > 1 ? $"sivu={page}" : null,
        }.OfType<string>());

    public string PageUrl(int page) => SearchUrl(Query, Type, page);
}

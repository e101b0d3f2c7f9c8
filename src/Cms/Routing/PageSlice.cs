using Microsoft.AspNetCore.Http;

namespace Participation.Cms.Routing;

/// <summary>
/// One page of a list, from the <c>sivu</c> query parameter (or another, for a second list on one page). A missing,
/// malformed or out-of-range page number is clamped to the nearest real page rather than refused: a stale link still
/// shows something useful. Only the page's items are read, by index, so a deep page costs what the first does.
/// </summary>
public sealed record PageSlice<T>(IReadOnlyList<T> Items, int PageNumber, int PageCount, int Total)
{
    public const string QueryKey = "sivu";

    public static PageSlice<T> From(IReadOnlyList<T> all, int pageSize, HttpRequest request, string queryKey = QueryKey)
    {
        var pageCount = Math.Max(1, (all.Count + pageSize - 1) / pageSize);
        var page = int.TryParse(request.Query[queryKey], out var p) ? Math.Clamp(p, 1, pageCount) : 1;
        var first = (page - 1) * pageSize;
        var items = new T[Math.Min(pageSize, all.Count - first)];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = all[first + i];
        }

        return new PageSlice<T>(items, page, pageCount, all.Count);
    }

    /// <summary>A list page's address for page <paramref name="page"/>: the first page is the page's own address.</summary>
    public static string Url(string? pageUrl, int page, string queryKey = QueryKey) => pageUrl + (page > 1 ? $"?{queryKey}={page}" : "");
}

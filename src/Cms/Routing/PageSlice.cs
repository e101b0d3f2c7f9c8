using Microsoft.AspNetCore.Http;

namespace Participation.Cms.Routing;

/// <summary>
/// One page of a list, from the <c>sivu</c> query parameter. A missing, malformed or out-of-range page number
/// is clamped to the nearest real page rather than refused: a stale link still shows something useful.
/// </summary>
public sealed record PageSlice<T>(IReadOnlyList<T> Items, int PageNumber, int PageCount, int Total)
{
    public const string QueryKey = "sivu";

    public static PageSlice<T> From(IReadOnlyList<T> all, int pageSize, HttpRequest request)
    {
        var pageCount = Math.Max(1, (all.Count + pageSize - 1) / pageSize);
        var page = int.TryParse(request.Query[QueryKey], out var p) ? Math.Clamp(p, 1, pageCount) : 1;
        return new PageSlice<T>(all.Skip((page - 1) * pageSize).Take(pageSize).ToList(), page, pageCount, all.Count);
    }
}

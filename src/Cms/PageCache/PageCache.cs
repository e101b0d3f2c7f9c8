using Microsoft.AspNetCore.Http;

namespace Participation.Cms.PageCache;

/// <summary>
/// What a page's builder or view tells the page cache. A page is kept only when it shows nothing but the published
/// snapshot; a page that also reads something else (seats left, bookings, ideas, the search index) or carries anything
/// personal says so here, and is rendered for every request.
/// </summary>
public static class PageCache
{
    private static readonly object DoNotStoreKey = new();

    public static void DoNotStore(HttpContext http) => http.Items[DoNotStoreKey] = true;

    internal static bool StoreRefused(HttpContext http) => http.Items.ContainsKey(DoNotStoreKey);
}

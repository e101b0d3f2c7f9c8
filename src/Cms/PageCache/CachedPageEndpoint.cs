namespace Participation.Cms.PageCache;

/// <summary>
/// On an action: it renders public pages from the published snapshot, so <see cref="PageCacheMiddleware"/> may keep
/// its answers. (An attribute, since the fallback route's conventions do not reach the action endpoint it selects.)
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class CachedPageEndpointAttribute : Attribute;

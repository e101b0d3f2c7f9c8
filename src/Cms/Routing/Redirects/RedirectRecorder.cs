using Microsoft.EntityFrameworkCore;
using Participation.Cms.Persistence;
using Participation.Cms.PublishedCache;

namespace Participation.Cms.Routing.Redirects;

/// <summary>
/// Remembers the routes an item and everything below it have now, before a rename or move takes them away. Runs in the
/// change's own unit of work, so the redirect and the change commit together; the published snapshot (in memory)
/// says what the routes are.
/// </summary>
public sealed class RedirectRecorder(PublishedSnapshotService snapshots)
{
    public async Task RememberAsync(UnitOfWork u, Guid key, IReadOnlyCollection<string>? cultures, CancellationToken cancellationToken)
    {
        var snapshot = snapshots.Current;
        if (snapshot.GetByKey(key) is not { } item)
        {
            return; // not on the site: no address to keep
        }

        var routes = Subtree(snapshot, item)
            .SelectMany(i => i.Cultures.Values.Where(c => c.Route is not null && (cultures is null || cultures.Contains(c.Culture)))
                .Select(c => (c.Culture, Route: c.Route!, i.Key)))
            .Where(r => r.Route != "/")
            .ToList();
        var set = u.Db.Set<RedirectRecord>();
        foreach (var group in routes.GroupBy(r => r.Culture))
        {
            var paths = group.Select(r => r.Route).ToList();
            var existing = await set.Where(r => r.Culture == group.Key && paths.Contains(r.Route)).ToDictionaryAsync(r => r.Route, cancellationToken);
            foreach (var (culture, route, itemKey) in group)
            {
                if (existing.TryGetValue(route, out var row))
                {
                    row.NodeKey = itemKey;
                    row.CreatedAt = u.Now;
                }
                else
                {
                    set.Add(new RedirectRecord { Culture = culture, Route = route, NodeKey = itemKey, CreatedAt = u.Now });
                }
            }
        }
    }

    private static IEnumerable<PublishedContent> Subtree(PublishedSnapshot snapshot, PublishedContent item)
    {
        yield return item;
        foreach (var child in snapshot.Children(item))
        {
            foreach (var below in Subtree(snapshot, child))
            {
                yield return below;
            }
        }
    }
}

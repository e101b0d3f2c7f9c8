using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using Participation.Cms.Notifications;
using Participation.Cms.Persistence;
using Participation.Cms.PublishedCache;

namespace Participation.Cms.Routing.Redirects;

/// <summary>
/// Former addresses in memory, so a request for an unknown path costs a dictionary lookup and never a database read.
/// Loaded on first use and again after each rename or move, on every node.
/// </summary>
public sealed class RedirectTable(CmsDatabase database)
{
    private volatile ImmutableDictionary<string, Guid>? table;

    /// <summary>The item that used to be at the route, if it is still on the site somewhere else.</summary>
    public async ValueTask<PublishedContent?> FindAsync(PublishedSnapshot snapshot, string culture, string route, CancellationToken cancellationToken)
    {
        var current = table ?? await LoadAsync(cancellationToken);
        var normalized = "/" + route.Trim('/') + "/";
        return current.TryGetValue(Key(culture, normalized == "//" ? "/" : normalized), out var key) ? snapshot.GetByKey(key) : null;
    }

    internal async Task<ImmutableDictionary<string, Guid>> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var rows = await db.Set<RedirectRecord>().AsNoTracking().Select(r => new { r.Culture, r.Route, r.NodeKey }).ToListAsync(cancellationToken);
        var loaded = rows.ToImmutableDictionary(r => Key(r.Culture, r.Route), r => r.NodeKey, StringComparer.OrdinalIgnoreCase);
        table = loaded;
        return loaded;
    }

    private static string Key(string culture, string route) => culture + "|" + route;
}

/// <summary>Reloads the former addresses on every node after a change that can add one.</summary>
internal sealed class ReloadRedirectsOnContentChange(RedirectTable redirects) : INotificationHandler<ContentNotification>
{
    public Task HandleAsync(IReadOnlyList<ContentNotification> notifications, CancellationToken cancellationToken) =>
        notifications.Any(n => n is ContentMoved or ContentPublished) ? redirects.LoadAsync(cancellationToken) : Task.CompletedTask;
}

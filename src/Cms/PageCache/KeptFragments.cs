using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using Participation.Cms.PublishedCache;

namespace Participation.Cms.PageCache;

/// <summary>
/// Rendered parts of public pages (a page's head, menus, an article's body), kept with the published snapshot they were
/// rendered from, for the requests the page cache cannot answer: a page reached with a query string of its own (a
/// share's <c>?fbclid=</c>), one whose whole response may not be kept, or every page when the page cache is off. A part
/// belongs to one snapshot (a publish starts an empty set) and lives at most <see cref="PageCacheOptions.Duration"/>, the
/// same bound the page cache gives to what changes with the clock alone.
/// </summary>
public sealed class KeptFragments(PublishedSnapshotService snapshots, IOptionsMonitor<PageCacheOptions> options, TimeProvider clock)
{
    private readonly ConditionalWeakTable<PublishedSnapshot, FragmentSet> sets = [];

    /// <summary>The set for <paramref name="snapshot"/>, or null when its parts are not kept (fragments off, a preview's or an old snapshot).</summary>
    public FragmentSet? For(PublishedSnapshot snapshot)
    {
        var settings = options.CurrentValue;
        if (!settings.Fragments || !ReferenceEquals(snapshot, snapshots.Current))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (sets.TryGetValue(snapshot, out var set) && set.Expires > now)
        {
            return set;
        }

        // The first request of a snapshot, or one past the set's time: a fresh set replaces it for everyone (two racing
        // requests each make one; the loser's parts are simply not found again).
        var fresh = new FragmentSet(now + settings.Duration, settings.MaxFragmentChars);
        sets.AddOrUpdate(snapshot, fresh);
        return fresh;
    }
}

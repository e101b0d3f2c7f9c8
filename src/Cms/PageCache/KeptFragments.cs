using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using Microsoft.Extensions.Logging;
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
public sealed partial class KeptFragments(
    PublishedSnapshotService snapshots, IOptionsMonitor<PageCacheOptions> options, TimeProvider clock, HtmlEncoder encoder, ILogger<KeptFragments> logger)
{
    private readonly ConditionalWeakTable<PublishedSnapshot, FragmentSet> sets = [];

    /// <summary>The views' own encoder, so a kept part is byte for byte what the view wrote.</summary>
    internal HtmlEncoder Encoder => encoder;

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

    internal void NotKept(string key, string what) => LogNotKept(logger, key, what);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "The page part {Key} is not kept: it holds {What}, which belongs to one response")]
    private static partial void LogNotKept(ILogger logger, string key, string what);
}

using System.ComponentModel.DataAnnotations;

namespace Participation.Cms.Notifications;

/// <summary>Bound from <c>Cms:Changes</c>: how nodes follow the instruction log.</summary>
public sealed class ChangeOptions
{
    /// <summary>How often a node looks for other nodes' changes when no wake-up came (SQLite has none; PostgreSQL's may be lost).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long instructions and finished outbox rows are kept; a node that missed pruned ones rebuilds.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "90.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(2);

    /// <summary>A node further behind than this many instructions rebuilds from the database instead of replaying them.</summary>
    [Range(1, 1_000_000)]
    public int MaxReplay { get; set; } = 5_000;

    /// <summary>The longest wait between retries of a failing handler.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The wait before retry number <paramref name="attempts"/> of a failed handler: doubling from 250 ms up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan Backoff(int attempts) =>
        TimeSpan.FromMilliseconds(Math.Min(MaxBackoff.TotalMilliseconds, 250 * Math.Pow(2, Math.Max(0, attempts - 1))));
}

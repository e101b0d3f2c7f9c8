using System.ComponentModel.DataAnnotations;
using Participation.Cms.Notifications;

namespace Participation.Extensions.Forms.Workflows;

/// <summary>Bound from <c>Forms:Workflows</c>: how often a node looks for due workflow rows and how long a failing one waits.</summary>
public sealed class WorkflowOptions
{
    /// <summary>How often a node looks for due rows when no wake-up came (another node's entries, retries whose wait is over).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest wait between retries: longer than the engine's handlers, since a mail server can be down for hours.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The engine's doubling backoff, capped at <see cref="MaxBackoff"/>.</summary>
    public TimeSpan Backoff(int attempts) => new ChangeOptions { MaxBackoff = MaxBackoff }.Backoff(attempts);
}

using System.ComponentModel.DataAnnotations;

namespace Participation.Cms.Backoffice.Security;

/// <summary><c>Cms:Backoffice:PasswordReset</c>: how long an admin's one-time password reset link works.</summary>
public sealed class PasswordResetOptions
{
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(24);
}

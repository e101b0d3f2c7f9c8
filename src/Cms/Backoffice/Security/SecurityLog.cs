using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Participation.Cms.Backoffice.Security;

/// <summary>
/// The security events an operator needs to see an attack or answer "who was signed in" (ASVS 16.3): sign-ins, failed
/// and throttled attempts, failed second steps and refused pages. People are named by their user id only: a typed
/// name may be a mistyped password, and addresses are personal data, so neither is written.
/// </summary>
public sealed partial class SecurityLog(ILogger<SecurityLog> logger)
{
    public void SignedIn(BackofficeUser user, string how) => SignedIn(logger, user.Id, how);

    public void SignInFailed(BackofficeUser? user) => SignInFailed(logger, user?.Id ?? "(no such user)");

    public void SignInThrottled() => SignInThrottled(logger);

    public void SecondStepFailed(BackofficeUser? user) => SecondStepFailed(logger, user?.Id ?? "(no pending sign-in)");

    public void AccessDenied(HttpContext context) =>
        AccessDenied(logger, UserOf(context), context.Request.Method, context.Request.Path);

    /// <summary>Any request refused as one too many (sign-in, media, forms, public reads): a flood shows as a run of these.</summary>
    public void Limited(HttpContext context) => Limited(logger, UserOf(context), context.Request.Method, context.Request.Path);

    /// <summary>A form post whose antiforgery token was missing or not this session's: a forged cross-site post, or a stale page.</summary>
    public void AntiforgeryFailed(HttpContext context) => AntiforgeryFailed(logger, UserOf(context), context.Request.Method, context.Request.Path);

    /// <summary>Sign-in with the identity provider could not start: its metadata could not be loaded, or names another issuer (ASVS 10.5.3).</summary>
    public void ProviderRefused(string reason) => ProviderRefused(logger, reason);

    /// <summary>The provider's ID token said the user authenticated there too long ago, or did not say when.</summary>
    public void ProviderAuthenticationTooOld(string subject, DateTimeOffset? at) => ProviderAuthenticationTooOld(logger, subject, at);

    private static string UserOf(HttpContext context) => context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "(anonymous)";

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Sign-in: user {UserId} signed in ({How})")]
    private static partial void SignedIn(ILogger logger, string userId, string how);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Sign-in failed: wrong name or password for user {UserId}")]
    private static partial void SignInFailed(ILogger logger, string userId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Sign-in throttled: too many failed attempts from one client or for one name")]
    private static partial void SignInThrottled(ILogger logger);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Sign-in failed: wrong second-step code for user {UserId}")]
    private static partial void SecondStepFailed(ILogger logger, string userId);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Access denied: user {UserId} to {Method} {Path}")]
    private static partial void AccessDenied(ILogger logger, string userId, string method, string path);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "Too many requests: user {UserId} refused at {Method} {Path}")]
    private static partial void Limited(ILogger logger, string userId, string method, string path);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Warning, Message = "Antiforgery check failed: user {UserId} at {Method} {Path}")]
    private static partial void AntiforgeryFailed(ILogger logger, string userId, string method, string path);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Error, Message = "Sign-in with the identity provider refused: {Reason}")]
    private static partial void ProviderRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Warning, Message = "Sign-in with the identity provider refused: subject {Subject} authenticated there at {AuthTime:O}, longer ago than allowed")]
    private static partial void ProviderAuthenticationTooOld(ILogger logger, string subject, DateTimeOffset? authTime);
}

namespace Participation.Cms.Backoffice.Sessions;

/// <summary>
/// One backoffice sign-in, kept on the server so its owner or an admin can see and end it. No IP address is stored
/// (the site's privacy rule); the browser is described by name only, as its owner would recognise it.
/// </summary>
public sealed class SessionRecord
{
    /// <summary>128 random bits, base64url; carried inside the encrypted cookie.</summary>
    public string Id { get; set; } = "";

    public string UserId { get; set; } = "";

    /// <summary>The user's security stamp when the session was signed in or refreshed: a session whose stamp is no longer the user's has ended.</summary>
    public string SecurityStamp { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    /// <summary>Rounded down to <see cref="BackofficeSessions.LastSeenStep"/>, so a busy session writes at most once per step.</summary>
    public DateTime LastSeenAt { get; set; }

    /// <summary>One of <see cref="SignInMethods"/>.</summary>
    public string Method { get; set; } = "";

    public string? Browser { get; set; }

    public string? Platform { get; set; }
}

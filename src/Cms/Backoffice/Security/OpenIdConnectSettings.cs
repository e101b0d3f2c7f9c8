namespace Participation.Cms.Backoffice.Security;

/// <summary>
/// The organisation's identity provider, bound from <c>Cms:Backoffice:OpenIdConnect</c>. Sign-in with it is offered
/// when <see cref="Authority"/> is set; local accounts keep working beside it.
/// </summary>
public sealed class OpenIdConnectSettings
{
    public string? Authority { get; set; }

    public string ClientId { get; set; } = "";

    public string? ClientSecret { get; set; }

    /// <summary>The button text on the sign-in page; unset, the backoffice's own text in the editor's language.</summary>
    public string? DisplayName { get; set; }

    /// <summary>The claim whose values are backoffice role names (Admin, Editor, Writer).</summary>
    public string RoleClaim { get; set; } = "roles";

    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>
    /// How long ago the user may have authenticated at the provider (sent as <c>max_age</c>; the ID token's
    /// <c>auth_time</c> is checked): a provider session older than this asks for the password there again. The site's
    /// own session ends by <see cref="SessionLifetime.Absolute"/> after sign-in, so the default is the same 12 hours.
    /// </summary>
    public TimeSpan MaxAuthenticationAge { get; set; } = SessionLifetime.Absolute;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}

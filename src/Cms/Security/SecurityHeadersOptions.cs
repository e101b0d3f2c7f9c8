namespace Participation.Cms.Security;

/// <summary>Bound from <c>Cms:Security</c>.</summary>
public sealed class SecurityHeadersOptions
{
    /// <summary>Origins, besides this site, that forms may post or redirect to (an OpenID Connect provider's sign-in).</summary>
    public List<string> FormActionOrigins { get; set; } = [];

    /// <summary>HSTS lifetime; one year is what preload lists and ASVS expect.</summary>
    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(365);
}

namespace Participation.Cms.Backoffice.Security;

/// <summary><c>Cms:Backoffice:Passwords</c>: context-specific words no password may contain (<see cref="PasswordContextWords"/>).</summary>
public sealed class PasswordContextOptions
{
    /// <summary>The operator's own words, for example the organisation's or the town's name.</summary>
    public string[] ContextWords { get; set; } = [];

    /// <summary>
    /// Aliases of the home node's properties that name the site (the site sets <c>siteName</c> and <c>publisherName</c>),
    /// read in every published language. None set or none filled in: the home node's own names.
    /// </summary>
    public string[] SiteNameProperties { get; set; } = [];
}

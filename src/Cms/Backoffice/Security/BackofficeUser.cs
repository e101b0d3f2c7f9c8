using Microsoft.AspNetCore.Identity;

namespace Participation.Cms.Backoffice.Security;

/// <summary>An editor: a local account, or one signed in through the organisation's OpenID Connect provider (keyed on its <c>sub</c>).</summary>
public sealed class BackofficeUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The backoffice language: <c>fi</c> or <c>en</c>.</summary>
    public string UiCulture { get; set; } = Text.BackofficeLanguage.Default;

    public DateTime CreatedAt { get; set; }

    /// <summary>When an admin disabled the account (UTC); a disabled account cannot sign in in any way. Null while enabled.</summary>
    public DateTime? DisabledAt { get; set; }
}

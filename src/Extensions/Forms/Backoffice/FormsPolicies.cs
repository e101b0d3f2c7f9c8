using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Participation.Cms.Backoffice.Security;

namespace Participation.Extensions.Forms.Backoffice;

/// <summary>
/// Who may do what with form entries. Every backoffice role may read entries (sensitive answers masked); what changes
/// or copies personal data out of the site is for editors and admins, Umbraco Forms' "Sensitive data" group.
/// </summary>
public static class FormsPolicies
{
    /// <summary>Sensitive answers, uploads, approve/reject/delete, exports and data-subject requests.</summary>
    public const string ManageEntries = "Forms.ManageEntries";

    /// <summary>Creating, changing and deleting forms in the builder; writers only read them.</summary>
    public const string BuildForms = "Forms.BuildForms";

    public static async Task<bool> MayManageEntriesAsync(this IAuthorizationService authorization, ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, ManageEntries)).Succeeded;

    public static async Task<bool> MayBuildFormsAsync(this IAuthorizationService authorization, ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, BuildForms)).Succeeded;

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(ManageEntries, p => p.RequireAuthenticatedUser().RequireRole(BackofficeRoles.Admin, BackofficeRoles.Editor));
        options.AddPolicy(BuildForms, p => p.RequireAuthenticatedUser().RequireRole(BackofficeRoles.Admin, BackofficeRoles.Editor));
    }
}

using Microsoft.AspNetCore.Authorization;

namespace Participation.Cms.Backoffice.Security;

/// <summary>Authorization policies: every backoffice page and endpoint names one of these, never a role check of its own.</summary>
public static class BackofficePolicies
{
    /// <summary>Signed in with any backoffice role.</summary>
    public const string Access = "Backoffice.Access";

    /// <summary>May publish, unpublish, move, sort, trash and schedule content: the content rule without a particular item.</summary>
    public const string Publish = "Backoffice.Publish";

    /// <summary>Users, roles and content types.</summary>
    public const string Admin = "Backoffice.Admin";

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Access, p => p.RequireAuthenticatedUser().RequireRole(BackofficeRoles.All));
        options.AddPolicy(Publish, p => p.RequireAuthenticatedUser().AddRequirements(ContentOperations.Publish));
        options.AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(BackofficeRoles.Admin));
    }
}

using Microsoft.AspNetCore.Authorization;
using Participation.Cms.Backoffice.Security;

namespace Participation.Extensions.AreaCommittees.Ideas;

/// <summary>
/// Who answers ideas. What an area committee says and commits in public is an editor's decision, like publishing:
/// writers neither see the ideas section nor change an idea.
/// </summary>
public static class IdeasPolicies
{
    public const string ManageIdeas = "AreaCommittees.ManageIdeas";

    public static void Configure(AuthorizationOptions options) =>
        options.AddPolicy(ManageIdeas, p => p.RequireAuthenticatedUser().RequireRole(BackofficeRoles.Admin, BackofficeRoles.Editor));
}

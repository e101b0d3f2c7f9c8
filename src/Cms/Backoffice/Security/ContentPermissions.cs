using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Participation.Cms.Backoffice.Security;

/// <summary>
/// What a signed-in editor may do with content of a type: the one place that combines the Publish policy with the
/// writers' content types, so pages never check roles themselves.
/// </summary>
public sealed class ContentPermissions(IAuthorizationService authorization)
{
    public async Task<bool> CanPublishAsync(ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, BackofficePolicies.Publish)).Succeeded;

    public async Task<bool> CanEditAsync(ClaimsPrincipal user, string contentType) =>
        BackofficeRoles.WriterContentTypes.Contains(contentType) || await CanPublishAsync(user);
}

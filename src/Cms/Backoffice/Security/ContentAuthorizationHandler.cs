using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Participation.Cms.ContentTypes;

namespace Participation.Cms.Backoffice.Security;

/// <summary>
/// The one rule for content: admins and editors may do everything; writers may edit (never publish) items whose
/// content type says <see cref="ContentType.WritersMayEdit"/>. The resource is the item's content type; without one
/// (the tree as a whole, the Publish policy) only the role counts.
/// </summary>
internal sealed class ContentAuthorizationHandler(ContentTypeService contentTypes) : AuthorizationHandler<OperationAuthorizationRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement)
    {
        var user = context.User;
        var mayAll = user.IsInRole(BackofficeRoles.Admin) || user.IsInRole(BackofficeRoles.Editor);
        if (user.Identity?.IsAuthenticated != true || !(mayAll || user.IsInRole(BackofficeRoles.Writer)))
        {
            return;
        }

        var allowed = requirement.Name switch
        {
            nameof(ContentOperations.Publish) => mayAll,
            nameof(ContentOperations.Edit) => mayAll || context.Resource is ContentType { WritersMayEdit: true },
            nameof(ContentOperations.CreateChild) => context.Resource is ContentType parent && await HasChildTypeAsync(parent, mayAll),
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }
    }

    /// <summary>An item may get children only of its allowed child types, and a writer only of the writers' ones.</summary>
    private async Task<bool> HasChildTypeAsync(ContentType parent, bool mayAll)
    {
        var types = await contentTypes.GetAllAsync();
        return parent.AllowedChildren.Any(alias => types.GetValueOrDefault(alias) is { } child && (mayAll || child.WritersMayEdit));
    }
}

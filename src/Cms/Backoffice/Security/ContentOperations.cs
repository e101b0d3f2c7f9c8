using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Participation.Cms.Backoffice.Security;

/// <summary>
/// What an editor does to content, authorized per item by <see cref="ContentAuthorizationHandler"/> with the item's
/// content type as the resource. Pages name an operation with <see cref="AuthorizeContentAttribute"/>.
/// </summary>
public static class ContentOperations
{
    /// <summary>Open the edit form, save drafts, submit for approval, roll back to an older version.</summary>
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };

    /// <summary>Publish, unpublish, schedule, move, sort, trash, restore and delete.</summary>
    public static readonly OperationAuthorizationRequirement Publish = new() { Name = nameof(Publish) };

    /// <summary>Create an item under this one: there must be a child type the editor may edit.</summary>
    public static readonly OperationAuthorizationRequirement CreateChild = new() { Name = nameof(CreateChild) };

    public static OperationAuthorizationRequirement Named(string name) => name switch
    {
        nameof(Edit) => Edit,
        nameof(Publish) => Publish,
        nameof(CreateChild) => CreateChild,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a content operation."),
    };
}

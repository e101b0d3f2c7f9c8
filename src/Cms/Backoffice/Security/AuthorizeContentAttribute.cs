namespace Participation.Cms.Backoffice.Security;

/// <summary>
/// Puts a page handler (or every handler of a page) under <see cref="ContentAuthorizationHandler"/>: the item named by
/// the handler's <see cref="Item"/> argument is looked up and the operation authorized against its content type before
/// the handler runs. A method's attribute wins over its page's.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
public sealed class AuthorizeContentAttribute(string operation) : Attribute
{
    public string Operation { get; } = operation;

    /// <summary>The name of the handler argument that holds the item's key.</summary>
    public string Item { get; init; } = "key";

    /// <summary>
    /// The handler also acts on the top level, which has no item: when the argument is empty the operation is
    /// authorized without a content type (the rule for site-wide operations) instead of answering not found.
    /// </summary>
    public bool TopLevel { get; init; }
}

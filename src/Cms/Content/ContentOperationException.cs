namespace Participation.Cms.Content;

/// <summary>An operation that the tree does not allow (a child type not allowed here, a move into itself, an unknown item).</summary>
public sealed class ContentOperationException(string message) : Exception(message);

namespace Participation.Cms.Backoffice.Tree;

/// <summary>One level of the tree as rendered by <c>_TreeBranch</c>: which items are open below it and which is being edited.</summary>
public sealed record TreeBranch(ContentTreeReader.Level Level, IReadOnlySet<Guid> Open, Guid? Current);

namespace Participation.Cms.Backoffice.Editing;

public enum PublishState
{
    Draft,
    Published,
    PublishedWithChanges,
}

/// <summary>A node as the backoffice tree shows it: its draft name and whether what is on the site matches the draft.</summary>
public sealed record TreeItem(Guid Key, string Name, string TypeName, PublishState State, bool Trashed, IReadOnlyList<TreeItem> Children);

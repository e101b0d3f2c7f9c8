using Participation.Cms.Content;
using Participation.Cms.Persistence;

namespace Participation.Cms.PublishedCache;

/// <summary>The raw published state of one node as loaded from the database: what a snapshot is built from.</summary>
internal sealed record SnapshotNode(
    int Id,
    Guid Key,
    NodeKind Kind,
    int? ParentId,
    string Path,
    int Level,
    int SortOrder,
    string ContentTypeAlias,
    DateTime CreateDate,
    DateTime UpdateDate,
    ContentDocument Document);

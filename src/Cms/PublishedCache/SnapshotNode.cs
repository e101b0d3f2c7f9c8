using Participation.Cms.Content;
using Participation.Cms.Persistence;

namespace Participation.Cms.PublishedCache;

/// <summary>
/// The raw published state of one node as loaded from the database: what a snapshot is built from. Every published item
/// keeps it, so the document stays the stored UTF-8 text (about 550 bytes an item) and is parsed when read: a parsed
/// document's JSON nodes took several times that, for the few readers (the snapshot's conversion, the search index).
/// </summary>
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
    byte[] Document)
{
    public ContentDocument ReadDocument() => ContentDocument.Parse(Document);
}

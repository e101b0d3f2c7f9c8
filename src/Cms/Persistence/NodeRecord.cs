namespace Participation.Cms.Persistence;

public enum NodeKind
{
    Content = 0,
    Media = 1,
}

/// <summary>A content or media item in the tree. Its values live in immutable <see cref="VersionRecord"/> rows.</summary>
public sealed class NodeRecord
{
    public int Id { get; set; }

    public Guid Key { get; set; }

    public NodeKind Kind { get; set; }

    public int? ParentId { get; set; }

    /// <summary>Materialised path of ids from the root, e.g. <c>-1,12,57</c>.</summary>
    public string Path { get; set; } = "-1";

    public int Level { get; set; }

    public int SortOrder { get; set; }

    public string ContentTypeAlias { get; set; } = "";

    public bool Trashed { get; set; }

    public DateTime CreateDate { get; set; }

    public DateTime UpdateDate { get; set; }

    public string CreatedBy { get; set; } = "";

    public int? DraftVersionId { get; set; }

    public int? PublishedVersionId { get; set; }
}

namespace Participation.Cms.Content;

public sealed record CreateContent(string ContentType, Guid? ParentKey, ContentDocument Draft)
{
    /// <summary>A fixed key (from a data file); a new one is made when null.</summary>
    public Guid? Key { get; init; }

    public int? SortOrder { get; init; }

    public DateTime? CreateDate { get; init; }
}

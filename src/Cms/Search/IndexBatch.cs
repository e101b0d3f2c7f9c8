namespace Participation.Cms.Search;

/// <summary>Changes to apply together: documents to delete (by id, or by the value of an exact field) and documents to add or replace.</summary>
public sealed record IndexBatch(
    IReadOnlyList<SearchDocument> Upserts,
    IReadOnlyList<string> DeleteIds,
    IReadOnlyList<(string Field, string Value)> DeleteWhere)
{
    public static IndexBatch Of(IReadOnlyList<SearchDocument> upserts, IReadOnlyList<string>? deleteIds = null) =>
        new(upserts, deleteIds ?? [], []);

    public bool IsEmpty => Upserts.Count == 0 && DeleteIds.Count == 0 && DeleteWhere.Count == 0;
}

namespace Participation.Extensions.Forms.Entries;

/// <summary>One page of a form's entries, newest first.</summary>
public sealed record EntryPage(IReadOnlyList<FormEntry> Entries, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

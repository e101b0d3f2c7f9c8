namespace Participation.Web.Site;

/// <summary>
/// Paging links for a list page; <see cref="UrlFor"/> keeps the list's filters. A page with two paged lists names
/// each pager (<see cref="Label"/>), as two navigation landmarks need different names.
/// </summary>
public sealed record Pager(int PageNumber, int PageCount, Func<int, string> UrlFor)
{
    public string? Label { get; init; }
}

namespace Participation.Web.Site;

/// <summary>Paging links for a list page; <see cref="UrlFor"/> keeps the list's filters.</summary>
public sealed record Pager(int PageNumber, int PageCount, Func<int, string> UrlFor);

namespace Participation.Extensions.Feeds.Syndication;

/// <summary>A feed as both RSS and Atom need it: absolute addresses, times with the site's offset.</summary>
internal sealed record FeedDocument(
    string Id,
    string Title,
    string Description,
    string Language,
    string SiteUrl,
    string SelfUrl,
    DateTimeOffset Updated,
    IReadOnlyList<FeedEntry> Entries);

internal sealed record FeedEntry(
    string Id,
    string Title,
    string Url,
    string Summary,
    DateTimeOffset Published,
    DateTimeOffset Updated,
    string? Author,
    IReadOnlyList<string> Categories,
    string? ImageUrl);

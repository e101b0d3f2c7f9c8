using System.ComponentModel.DataAnnotations;

namespace Participation.Extensions.Feeds;

/// <summary>Bound from <c>Feeds</c>.</summary>
public sealed class FeedsOptions
{
    /// <summary>Newest articles in an RSS or Atom feed; readers keep what they have already seen.</summary>
    [Range(1, 500)]
    public int ItemsPerFeed { get; set; } = 20;

    /// <summary>How far ahead the events calendar reaches.</summary>
    [Range(1, 3650)]
    public int EventDaysAhead { get; set; } = 365;

    /// <summary>Addresses in one sitemap file; past it <c>/sitemap.xml</c> becomes an index (the protocol's limit is 50 000).</summary>
    [Range(1, 50_000)]
    public int SitemapPageSize { get; set; } = 50_000;

    /// <summary>How long browsers and proxies may keep a feed; the server's copy is replaced the moment content changes.</summary>
    public TimeSpan ClientMaxAge { get; set; } = TimeSpan.FromMinutes(5);
}

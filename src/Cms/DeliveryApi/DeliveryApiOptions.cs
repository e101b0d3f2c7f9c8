using System.ComponentModel.DataAnnotations;

namespace Participation.Cms.DeliveryApi;

/// <summary>
/// Bound from <c>DeliveryApi</c>, with Umbraco's names so its documentation reads true here. Unlike Umbraco the API
/// is on by default: this site is meant to be read by other front-ends, and only published content is public.
/// </summary>
public sealed class DeliveryApiOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>When false, every request needs <see cref="ApiKey"/> in the <c>Api-Key</c> header.</summary>
    public bool PublicAccess { get; set; } = true;

    /// <summary>Needed for <c>Preview: true</c> (drafts) and whenever public access is off; no key, no preview.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Content types the API never shows, by any route; <see cref="AllowedContentTypeAliases"/> wins over this.</summary>
    public List<string> DisallowedContentTypeAliases { get; set; } = [];

    /// <summary>When set, only these types are shown (and <see cref="DisallowedContentTypeAliases"/> is not read).</summary>
    public List<string> AllowedContentTypeAliases { get; set; } = [];

    /// <summary>Rich text as Umbraco's JSON element tree instead of <c>{markup, blocks}</c>.</summary>
    public bool RichTextOutputAsJson { get; set; }

    public MediaApiOptions Media { get; set; } = new();

    public DeliveryOutputCacheOptions OutputCache { get; set; } = new();

    /// <summary>Largest <c>take</c> one request may ask for: a bound on the work one anonymous request can cause.</summary>
    [Range(1, 10_000)]
    public int MaxTake { get; set; } = 1000;

    public bool IsHidden(string contentTypeAlias) =>
        AllowedContentTypeAliases.Count > 0 ? !AllowedContentTypeAliases.Contains(contentTypeAlias) : DisallowedContentTypeAliases.Contains(contentTypeAlias);
}

public sealed class MediaApiOptions
{
    public bool Enabled { get; set; } = true;

    public bool PublicAccess { get; set; } = true;
}

/// <summary>
/// Server-side output cache. Entries are evicted the moment a change is applied on this node (see
/// <c>EvictDeliveryCacheOnContentChange</c>), so the duration only bounds memory, not staleness.
/// </summary>
public sealed class DeliveryOutputCacheOptions
{
    public bool Enabled { get; set; } = true;

    public TimeSpan ContentDuration { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan MediaDuration { get; set; } = TimeSpan.FromMinutes(5);
}

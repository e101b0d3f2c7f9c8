using Participation.Cms.PublishedCache;

namespace Participation.Cms.DeliveryApi;

/// <summary>
/// What one Delivery API request reads: the snapshot (drafts when previewing), the culture, and the start item that
/// scopes paths and the default fetch. Made once per request by <see cref="DeliveryRequestReader"/>.
/// </summary>
internal sealed record DeliveryRequest(PublishedSnapshot Snapshot, PublishedSnapshot Live, bool Preview, string Culture, PublishedContent? StartItem)
{
    /// <summary>Preview and key-only requests are never output-cached.</summary>
    public bool Cacheable { get; init; }
}

using Microsoft.AspNetCore.Http;
using Participation.Cms.PublishedCache;

namespace Participation.Cms.Routing;

/// <summary>What a page is built from: the item, its culture, the snapshot this request reads, and the request itself.</summary>
public sealed record PageContext(PublishedContent Content, string Culture, PublishedSnapshot Snapshot, HttpContext Http);

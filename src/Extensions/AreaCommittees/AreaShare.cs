using Participation.Cms.PublishedCache;

namespace Participation.Extensions.AreaCommittees;

public sealed record AreaShare(PublishedContent Area, int Population, long Budget, double Percent);

namespace Participation.Cms.Search;

public sealed record FacetCount(string Value, int Count);

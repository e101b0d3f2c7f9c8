namespace Participation.Cms.Search;

/// <summary>What the backoffice shows about one index on this node.</summary>
public sealed record IndexHealth(string Name, int Documents, long SizeBytes, DateTimeOffset? LastChange, IndexOpening OpenedAs, string? LastError);

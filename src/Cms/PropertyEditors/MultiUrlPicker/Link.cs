namespace Participation.Cms.PropertyEditors;

/// <summary>A multi URL picker entry: an external URL or a picked content item.</summary>
public sealed record Link(string? Title, string? Url, string? Target, Guid? ContentKey);

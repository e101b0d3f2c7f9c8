namespace Participation.Cms.PublishedCache;

/// <summary>
/// An item of the media tree, folders included, as the Media API browses it; <see cref="File"/> is the image or
/// file the public site shows, null for a folder.
/// </summary>
public sealed record MediaNode(Guid Key, int Id, int? ParentId, string Name, string MediaType, int SortOrder, DateTime CreateDate, DateTime UpdateDate, PublishedMedia? File);

namespace Participation.Extensions.Sharing.Images;

/// <summary>What a drawn share image says: the site, the kind of page, its title and, for an event, when and where.</summary>
internal sealed record ShareImageText(string SiteName, string? Kind, string Title, string? When, string? Where, string Host);

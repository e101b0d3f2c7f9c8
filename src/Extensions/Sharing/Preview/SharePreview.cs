namespace Participation.Extensions.Sharing.Preview;

/// <summary>A card as the edit page draws it: the draft's card, its image address and whether that image is drawn.</summary>
public sealed record SharePreview(ShareCard Card, string ImageUrl, bool Drawn, string Host);

namespace Participation.Cms.PropertyEditors;

/// <summary>
/// Keys chosen in a content picker. They are resolved against the published snapshot when read,
/// so a picked item that is unpublished later simply drops out.
/// </summary>
public sealed record PickedContent(IReadOnlyList<Guid> Keys, bool Single);

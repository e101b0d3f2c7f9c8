namespace Participation.Cms.Content;

/// <summary>
/// A save refused because the item's draft is no longer the version the editor started from: someone (or the
/// same editor in another tab) saved in between. Nothing is written; the caller shows both changes.
/// </summary>
public sealed class ContentConflictException(Guid key, int? basedOn) : Exception($"Content {key} was saved by someone else after version {basedOn}.")
{
    public Guid Key { get; } = key;

    public int? BasedOn { get; } = basedOn;
}

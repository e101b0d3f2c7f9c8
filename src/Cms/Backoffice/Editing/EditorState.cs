using Participation.Cms.Content;
using Participation.Cms.ContentTypes;
using Participation.Cms.Persistence;

namespace Participation.Cms.Backoffice.Editing;

/// <summary>Everything the edit page needs about one item: its node, type, draft and published versions, and who saved the draft when.</summary>
public sealed record EditorState(NodeRecord Node, ContentType Type, ContentDocument Draft, ContentDocument? Published, (string By, DateTime AtUtc)? DraftSaved = null)
{
    public PublishState State => Node.PublishedVersionId is null ? PublishState.Draft
        : Node.PublishedVersionId == Node.DraftVersionId ? PublishState.Published : PublishState.PublishedWithChanges;
}

using Participation.Cms.PropertyEditors;

namespace Participation.Cms.Media;

public sealed record CreateMedia(string Name, string FileName, byte[] Content)
{
    public Guid? Key { get; init; }

    public Guid? ParentKey { get; init; }

    public IReadOnlyDictionary<string, string> AltText { get; init; } = new Dictionary<string, string>();

    public FocalPoint? FocalPoint { get; init; }
}

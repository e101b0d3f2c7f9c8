using Participation.Cms.PropertyEditors;

namespace Participation.Cms.Media;

public sealed record CreateMedia(string Name, string FileName, byte[] Content)
{
    public Guid? Key { get; init; }

    public Guid? ParentKey { get; init; }

    public IReadOnlyDictionary<string, string> AltText { get; init; } = new Dictionary<string, string>();

    public FocalPoint? FocalPoint { get; init; }

    /// <summary>
    /// A file of the site's own data package (the operator's folder, imported at first start or by the CLI), not an
    /// upload: it is not sent to the malware scanner, so a first start does not wait on clamd.
    /// </summary>
    public bool FromDataPackage { get; init; }
}

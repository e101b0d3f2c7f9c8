using Participation.Cms.ContentTypes;

namespace Participation.Cms.PropertyEditors;

/// <summary>What a conversion may need beyond the value: element types for blocks, the editors for their values.</summary>
public sealed record ModelContext(IReadOnlyDictionary<string, ContentType> ContentTypes, PropertyEditorCollection Editors);

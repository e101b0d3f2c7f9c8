using System.Text.Json.Nodes;
using Participation.Cms.Backoffice.Editing;
using Participation.Cms.ContentTypes;

namespace Participation.Cms.PropertyEditors;

/// <summary>
/// One block on the block list's form: its key (null for a new block), element type, values as stored (kept whole, so
/// values of properties the type no longer has survive an edit) and one field per property.
/// </summary>
public sealed record BlockCard(string? Key, ContentType Type, JsonObject Values, IReadOnlyList<FieldModel> Fields)
{
    public string ValuesJson => Values.ToJsonString();
}

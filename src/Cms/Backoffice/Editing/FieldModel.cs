using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Participation.Cms.Backoffice.Pages;
using Participation.Cms.ContentTypes;
using Participation.Cms.PropertyEditors;

namespace Participation.Cms.Backoffice.Editing;

/// <summary>
/// One property on the edit form: its editor (which renders the input), current value, the chosen and first choices
/// of a picker, and the error to show. What the input looks like is the editor's; this is the field's frame.
/// </summary>
public sealed record FieldModel(
    PropertyType Property,
    PropertyEditor Editor,
    string ContentTypeAlias,
    JsonNode? Value,
    string? Error,
    bool Shared,
    IReadOnlyList<PickerOption> Options)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Set for a property of a block inside a block list: names and ids are then the block's own (<c>{Scope}.{alias}</c>),
    /// never read as the item's properties. The block list's script turns the block's inputs into its JSON.
    /// </summary>
    public string? Scope { get; init; }

    public string Name => Scope is null ? FormDocumentReader.Prefix + Property.Alias : $"{Scope}.{Property.Alias}";

    public string Id => BackofficeIds.Field(Key);

    public string ErrorId => BackofficeIds.Error(Key);

    private string Key => Scope is null ? Property.Alias : $"{Scope}.{Property.Alias}";

    public string? Invalid => Error is null ? null : "true";

    public string? DescribedBy => string.Join(' ', new[] { Property.Description.Length > 0 ? Id + "-hint" : null, MaxChars is null ? null : CountId, Error is null ? null : ErrorId }.OfType<string>()) is { Length: > 0 } s ? s : null;

    public int? MaxChars => Editor.MaxChars(Property);

    public string CountId => Id + "-count";

    public string Text => Value switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonArray a => string.Join(", ", a.Select(i => i?.ToString())),
        _ => Value.ToJsonString(),
    };

    public IReadOnlySet<string> Selected => Value switch
    {
        JsonArray a => a.Select(i => i is JsonObject o ? o["mediaKey"]?.ToString() ?? "" : i?.ToString() ?? "").ToHashSet(),
        null => new HashSet<string>(),
        _ => new HashSet<string> { Text },
    };

    public string Part(string name) => Value is JsonObject o ? o[name]?.ToString() ?? "" : "";

    public string Json => Value?.ToJsonString(Indented) ?? "";
}

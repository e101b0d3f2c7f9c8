using System.Text.Json.Nodes;
using Participation.Cms.ContentTypes;

namespace Participation.Cms.PropertyEditors;

/// <summary>Stores a form id; the forms add-on resolves it.</summary>
internal sealed class FormPickerEditor : PropertyEditor
{
    public override string Alias => "UmbracoForms.FormPicker";

    public override ParsedValue Parse(JsonNode? input, PropertyType property) =>
        Text(input) switch
        {
            null => ParsedValue.Empty,
            var text when Guid.TryParse(text, out var id) => ParsedValue.Of(JsonValue.Create(id.ToString())),
            var text => ParsedValue.Invalid($"'{text}' ei ole lomakkeen tunniste."),
        };

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context) =>
        Guid.TryParse(Text(stored), out var id) ? id : null;
}

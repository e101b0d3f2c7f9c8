using System.Text.Json.Nodes;
using Participation.Cms.Content;
using Participation.Cms.ContentTypes;
using Participation.Cms.PropertyEditors;

namespace Participation.Cms.Backoffice.Editing;

/// <summary>
/// Builds the edit form's fields. A picker gets its chosen items' labels and a bounded first page of choices, never
/// the whole library: the rest is searched through the picker endpoint as the editor types.
/// </summary>
public sealed class EditFields(PropertyEditorCollection editors)
{
    public async Task<FieldModel> CreateAsync(ContentType type, PropertyType property, ContentDocument draft, string culture, string? error, CancellationToken cancellationToken)
    {
        var shared = !type.PropertyVaries(property);
        var value = draft.GetValue(property.Alias, shared ? null : culture);
        var field = await ForValueAsync(type, property, value, error, cancellationToken);
        return field with { Shared = shared && type.VariesByCulture };
    }

    /// <summary>A field for a value that is not a document's, such as one property of a block in a block list.</summary>
    public async Task<FieldModel> ForValueAsync(ContentType type, PropertyType property, JsonNode? value, string? error, CancellationToken cancellationToken)
    {
        var editor = editors.Get(property.Editor);
        IReadOnlyList<PickerOption> options = [];
        if (editor is PickerEditor picker)
        {
            var selected = await picker.SelectedAsync(property, value, cancellationToken);
            var first = await picker.SearchAsync(property, null, PickerEditor.MaxResults, cancellationToken);
            options = [.. selected, .. first.Where(f => selected.All(s => s.Value != f.Value))];
        }

        return new FieldModel(property, editor, type.Alias, value, error, false, options);
    }
}

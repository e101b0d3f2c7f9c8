using System.Text.Json.Nodes;
using Participation.Cms.Backoffice.Editing;
using Participation.Cms.ContentTypes;
using Participation.Cms.Text;

namespace Participation.Cms.PropertyEditors;

/// <summary>Stores a form id; the forms add-on resolves it and lists the forms (the engine knows no forms).</summary>
internal sealed class FormPickerEditor(EngineText text, IEnumerable<IFormPickerOptions> forms) : PickerEditor
{
    public override string Alias => PickedForms.EditorAlias;

    public override bool IsMultiple(PropertyType property) => false;

    public override ParsedValue Parse(JsonNode? input, PropertyType property) =>
        Text(input) switch
        {
            null => ParsedValue.Empty,
            var typed when Guid.TryParse(typed, out var id) => ParsedValue.Of(JsonValue.Create(id.ToString())),
            var typed => ParsedValue.Invalid(text.Format("editor.formPicker.invalidKey", typed)),
        };

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context) =>
        Guid.TryParse(Text(stored), out var id) ? id : null;

    /// <summary>The form id, as the forms package's picker delivers it unexpanded.</summary>
    public override JsonNode? ToDeliveryApi(object? model, PropertyType property, DeliveryApiContext context) =>
        model is Guid id ? JsonValue.Create(id.ToString()) : null;

    // A site has tens of forms, not thousands: listing them and filtering here is cheap.
    public override async Task<IReadOnlyList<PickerOption>> SearchAsync(PropertyType property, string? query, int limit, CancellationToken cancellationToken) =>
        (await AllAsync(cancellationToken)).Where(o => Matches(o.Label, query)).Take(limit).ToList();

    public override async Task<IReadOnlyList<PickerOption>> SelectedAsync(PropertyType property, JsonNode? value, CancellationToken cancellationToken)
    {
        var values = Values(value);
        if (values.Count == 0)
        {
            return [];
        }

        var all = (await AllAsync(cancellationToken)).DistinctBy(o => o.Value).ToDictionary(o => o.Value);
        return values.Select(v => all.GetValueOrDefault(v) ?? new PickerOption(v, v)).ToList();
    }

    private async Task<List<PickerOption>> AllAsync(CancellationToken cancellationToken)
    {
        var list = new List<PickerOption>();
        foreach (var source in forms)
        {
            list.AddRange((await source.ListAsync(cancellationToken)).Select(f => new PickerOption(f.Id.ToString(), f.Name)));
        }

        return list;
    }
}

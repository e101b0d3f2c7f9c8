using System.Text.Json.Nodes;
using Participation.Cms.ContentTypes;
using Participation.Cms.Persistence;
using Participation.Cms.Site;
using Participation.Cms.Text;

namespace Participation.Cms.PropertyEditors;

internal class ContentPickerEditor(EngineText text, DraftNodeSearch search, SiteOptions site) : PickerEditor
{
    public override string Alias => "Umbraco.ContentPicker";

    protected virtual bool Single => true;

    public override bool IsMultiple(PropertyType property) => !Single;

    public override ParsedValue Parse(JsonNode? input, PropertyType property)
    {
        var keys = new List<Guid>();
        foreach (var item in Items(input))
        {
            var typed = Text(item);
            if (typed is null)
            {
                continue;
            }

            // Umbraco writes document UDIs (umb://document/<hex>); accept them as well as plain GUIDs.
            var raw = typed.StartsWith("umb://", StringComparison.Ordinal) ? typed[(typed.LastIndexOf('/') + 1)..] : typed;
            if (!Guid.TryParse(raw, out var key))
            {
                return ParsedValue.Invalid(text.Format("editor.contentPicker.invalidKey", typed));
            }

            keys.Add(key);
        }

        keys = keys.Distinct().ToList();
        if (keys.Count == 0)
        {
            return ParsedValue.Empty;
        }

        if (Single)
        {
            return keys.Count == 1 ? ParsedValue.Of(JsonValue.Create(keys[0].ToString())) : ParsedValue.Invalid(text["editor.contentPicker.chooseOne"]);
        }

        return ParsedValue.Of(StringArray(keys.Select(k => k.ToString())));
    }

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context)
    {
        var keys = Items(stored).Select(Text).Select(t => Guid.TryParse(t, out var k) ? k : Guid.Empty).Where(k => k != Guid.Empty).ToArray();
        return new PickedContent(keys, Single);
    }

    /// <summary>One content reference or null; the tree picker always an array. Unpublished picks drop out.</summary>
    public override JsonNode? ToDeliveryApi(object? model, PropertyType property, DeliveryApiContext context)
    {
        var references = (model as PickedContent)?.Keys.Select(context.Reference).OfType<JsonObject>().ToArray() ?? [];
        return Single ? references.FirstOrDefault() : new JsonArray(references);
    }

    public override async Task<IReadOnlyList<PickerOption>> SearchAsync(PropertyType property, string? query, int limit, CancellationToken cancellationToken)
    {
        var allowed = (property.Config["allowedTypes"] as JsonArray)?.Select(t => (string?)t).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var hits = await search.SearchAsync(NodeKind.Content, allowed, query, limit, site.DefaultCulture, cancellationToken);
        return hits.Select(Option).ToList();
    }

    public override async Task<IReadOnlyList<PickerOption>> SelectedAsync(PropertyType property, JsonNode? value, CancellationToken cancellationToken)
    {
        var values = Values(value);
        var keys = values.Select(v => Guid.TryParse(v, out var k) ? k : Guid.Empty).Where(k => k != Guid.Empty).ToList();
        var found = (await search.GetAsync(NodeKind.Content, keys, cancellationToken)).ToDictionary(h => h.Key.ToString(), Option);
        return values.Select(v => found.GetValueOrDefault(v) ?? new PickerOption(v, v)).ToList();
    }

    private PickerOption Option(DraftNodeSearch.Hit hit) =>
        new(hit.Key.ToString(), DraftNodeSearch.NameOf(hit.Document, site.DefaultCulture) ?? text["editor.picker.untitled"]);
}

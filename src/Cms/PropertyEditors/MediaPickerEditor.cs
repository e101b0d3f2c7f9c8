using System.Text.Json.Nodes;
using Participation.Cms.ContentTypes;

namespace Participation.Cms.PropertyEditors;

internal sealed class MediaPickerEditor : PropertyEditor
{
    public override string Alias => "Umbraco.MediaPicker3";

    public override ParsedValue Parse(JsonNode? input, PropertyType property)
    {
        var picks = new JsonArray();
        foreach (var item in Items(input))
        {
            // Either a bare media key or { mediaKey, focalPoint, crops }.
            var keyText = item is JsonObject o ? Text(o["mediaKey"]) : Text(item);
            if (keyText is null)
            {
                continue;
            }

            if (!Guid.TryParse(keyText, out var key))
            {
                return ParsedValue.Invalid($"'{keyText}' ei ole median tunniste.");
            }

            var focal = (item as JsonObject)?["focalPoint"] as JsonObject;
            if (focal is not null && (!IsFraction(focal["left"]) || !IsFraction(focal["top"])))
            {
                return ParsedValue.Invalid("Polttopisteen pitää olla kuvan sisällä (0–1).");
            }

            picks.Add(new JsonObject
            {
                ["mediaKey"] = key.ToString(),
                ["focalPoint"] = focal?.DeepClone(),
                ["crops"] = new JsonArray(),
            });
        }

        var multiple = ConfigFlag(property, "multiple");
        if (!multiple && picks.Count > 1)
        {
            return ParsedValue.Invalid("Valitse yksi kuva.");
        }

        return picks.Count == 0 ? ParsedValue.Empty : ParsedValue.Of(picks);
    }

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context) =>
        Items(stored).OfType<JsonObject>()
            .Select(o => Guid.TryParse(Text(o["mediaKey"]), out var key)
                ? new MediaPick(key, o["focalPoint"] is JsonObject f ? new FocalPoint((double)f["left"]!, (double)f["top"]!) : null)
                : null)
            .OfType<MediaPick>()
            .ToArray();

    private static bool IsFraction(JsonNode? node) => node is JsonValue v && v.TryGetValue(out double d) && d is >= 0 and <= 1;
}

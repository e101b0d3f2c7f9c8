using System.Text.Json.Nodes;
using Participation.Cms.ContentTypes;

namespace Participation.Cms.PropertyEditors;

internal sealed class DropDownEditor : PropertyEditor
{
    public override string Alias => "Umbraco.DropDown.Flexible";

    public override ParsedValue Parse(JsonNode? input, PropertyType property)
    {
        var allowed = (property.Config["items"] as JsonArray)?.Select(i => (string?)i).OfType<string>().ToHashSet(StringComparer.Ordinal) ?? [];
        var chosen = Items(input).Select(Text).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (chosen.FirstOrDefault(c => !allowed.Contains(c)) is { } unknown)
        {
            return ParsedValue.Invalid($"'{unknown}' ei ole sallittu vaihtoehto.");
        }

        if (IsMultiple(property))
        {
            return chosen.Count == 0 ? ParsedValue.Empty : ParsedValue.Of(new JsonArray(chosen.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray()));
        }

        return chosen.Count switch
        {
            0 => ParsedValue.Empty,
            1 => ParsedValue.Of(JsonValue.Create(chosen[0])),
            _ => ParsedValue.Invalid("Valitse yksi vaihtoehto."),
        };
    }

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context) =>
        IsMultiple(property)
            ? Items(stored).Select(Text).OfType<string>().ToArray()
            : Text(stored);

    private static bool IsMultiple(PropertyType property) => ConfigFlag(property, "multiple");
}

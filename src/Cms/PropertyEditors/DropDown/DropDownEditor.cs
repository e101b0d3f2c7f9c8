using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Participation.Cms.ContentTypes;
using Participation.Cms.Text;

namespace Participation.Cms.PropertyEditors;

/// <summary>A choice among the items in the property's configuration: a short list, so the form lists them all.</summary>
internal sealed class DropDownEditor(EngineText text) : PropertyEditor
{
    public override string Alias => "Umbraco.DropDown.Flexible";

    public override QueryValueKind? QueryKind => QueryValueKind.Text;

    public override string EditView => View("DropDown");

    public override ParsedValue Parse(JsonNode? input, PropertyType property)
    {
        var allowed = Choices(property).ToHashSet(StringComparer.Ordinal);
        var chosen = Items(input).Select(Text).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (chosen.FirstOrDefault(c => !allowed.Contains(c)) is { } unknown)
        {
            return ParsedValue.Invalid(text.Format("editor.dropDown.notAllowed", unknown));
        }

        if (IsMultiple(property))
        {
            return chosen.Count == 0 ? ParsedValue.Empty : ParsedValue.Of(StringArray(chosen));
        }

        return chosen.Count switch
        {
            0 => ParsedValue.Empty,
            1 => ParsedValue.Of(JsonValue.Create(chosen[0])),
            _ => ParsedValue.Invalid(text["editor.dropDown.chooseOne"]),
        };
    }

    public override ParsedValue ReadForm(IFormCollection form, string name, PropertyType property) =>
        IsMultiple(property) ? ReadList(form, name) : base.ReadForm(form, name, property);

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context) =>
        IsMultiple(property)
            ? Items(stored).Select(Text).OfType<string>().ToArray()
            : Text(stored);

    /// <summary>A string when single-select, an array when multi-select (reference 4.4).</summary>
    public override JsonNode? ToDeliveryApi(object? model, PropertyType property, DeliveryApiContext context) => model switch
    {
        string[] items => StringArray(items),
        string item => JsonValue.Create(item),
        _ => IsMultiple(property) ? new JsonArray() : null,
    };

    public override string? ToSearchText(JsonNode? stored, PropertyType property) =>
        string.Join(' ', Items(stored).Select(Text).OfType<string>()) is { Length: > 0 } s ? s : null;

    internal static IEnumerable<string> Choices(PropertyType property) =>
        (property.Config["items"] as JsonArray)?.Select(i => (string?)i).OfType<string>() ?? [];

    internal static bool IsMultiple(PropertyType property) => ConfigFlag(property, "multiple");
}

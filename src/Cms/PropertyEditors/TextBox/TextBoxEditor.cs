using System.Text.Json.Nodes;
using Participation.Cms.ContentTypes;
using Participation.Cms.Text;

namespace Participation.Cms.PropertyEditors;

internal class TextBoxEditor(EngineText text) : PropertyEditor
{
    public override string Alias => "Umbraco.TextBox";

    public override QueryValueKind? QueryKind => QueryValueKind.Text;

    public override string EditView => View("TextBox");

    protected virtual int DefaultMaxChars => 512;

    public override ParsedValue Parse(JsonNode? input, PropertyType property)
    {
        var value = Text(input);
        if (value is null)
        {
            return ParsedValue.Empty;
        }

        var max = MaxChars(property)!.Value;
        return value.Length > max
            ? ParsedValue.Invalid(text.Format("editor.text.tooLong", max, value.Length))
            : ParsedValue.Of(JsonValue.Create(Normalize(value)));
    }

    public override int? MaxChars(PropertyType property) => (int?)ConfigNumber(property, "maxChars") ?? DefaultMaxChars;

    protected virtual string Normalize(string value) => value.ReplaceLineEndings(" ");

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context) => Text(stored);

    public override JsonNode? ToDeliveryApi(object? model, PropertyType property, DeliveryApiContext context) =>
        model is string s ? JsonValue.Create(s) : null;

    public override string? ToSearchText(JsonNode? stored, PropertyType property) => Text(stored);
}

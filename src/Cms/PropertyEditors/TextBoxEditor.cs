using System.Text.Json.Nodes;
using Participation.Cms.ContentTypes;

namespace Participation.Cms.PropertyEditors;

internal class TextBoxEditor : PropertyEditor
{
    public override string Alias => "Umbraco.TextBox";

    protected virtual int DefaultMaxChars => 512;

    public override ParsedValue Parse(JsonNode? input, PropertyType property)
    {
        var text = Text(input);
        if (text is null)
        {
            return ParsedValue.Empty;
        }

        var max = (int?)ConfigNumber(property, "maxChars") ?? DefaultMaxChars;
        return text.Length > max
            ? ParsedValue.Invalid($"Enintään {max} merkkiä (nyt {text.Length}).")
            : ParsedValue.Of(JsonValue.Create(Normalize(text)));
    }

    protected virtual string Normalize(string text) => text.ReplaceLineEndings(" ");

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context) => Text(stored);
}

using System.Net.Mail;
using System.Text.Json.Nodes;
using Participation.Cms.ContentTypes;

namespace Participation.Cms.PropertyEditors;

internal sealed class EmailEditor : PropertyEditor
{
    public override string Alias => "Umbraco.EmailAddress";

    public override ParsedValue Parse(JsonNode? input, PropertyType property)
    {
        var text = Text(input);
        if (text is null)
        {
            return ParsedValue.Empty;
        }

        return IsAddress(text)
            ? ParsedValue.Of(JsonValue.Create(text))
            : ParsedValue.Invalid("Anna sähköpostiosoite muodossa nimi@esimerkki.fi.");
    }

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context) => Text(stored);

    internal static bool IsAddress(string text) =>
        text.Length <= 254 && !text.Contains(' ', StringComparison.Ordinal)
        && MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.', StringComparison.Ordinal);
}

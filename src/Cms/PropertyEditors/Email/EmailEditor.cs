using System.Net.Mail;
using System.Text.Json.Nodes;
using Participation.Cms.ContentTypes;
using Participation.Cms.Text;

namespace Participation.Cms.PropertyEditors;

internal sealed class EmailEditor(EngineText text) : PropertyEditor
{
    public override string Alias => "Umbraco.EmailAddress";

    public override QueryValueKind? QueryKind => QueryValueKind.Text;

    public override string EditView => View("Email");

    public override ParsedValue Parse(JsonNode? input, PropertyType property)
    {
        var value = Text(input);
        if (value is null)
        {
            return ParsedValue.Empty;
        }

        return IsAddress(value)
            ? ParsedValue.Of(JsonValue.Create(value))
            : ParsedValue.Invalid(text["editor.email.invalid"]);
    }

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context) => Text(stored);

    public override JsonNode? ToDeliveryApi(object? model, PropertyType property, DeliveryApiContext context) =>
        model is string s ? JsonValue.Create(s) : null;

    // No search text: an address is contact data, not something residents search a site for.

    internal static bool IsAddress(string text) =>
        text.Length <= 254 && !text.Contains(' ', StringComparison.Ordinal)
        && MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.', StringComparison.Ordinal);
}

using System.Text.Json.Nodes;
using Ganss.Xss;
using Microsoft.AspNetCore.Html;
using Participation.Cms.ContentTypes;

namespace Participation.Cms.PropertyEditors;

/// <summary>HTML from the editor, sanitised on the server before it is stored: the client is never trusted.</summary>
internal sealed class RichTextEditor : PropertyEditor
{
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public override string Alias => "Umbraco.RichText";

    public override ParsedValue Parse(JsonNode? input, PropertyType property)
    {
        var html = AsString(input);
        if (string.IsNullOrWhiteSpace(html))
        {
            return ParsedValue.Empty;
        }

        var clean = Sanitize(html).Trim();
        return clean.Length == 0 ? ParsedValue.Empty : ParsedValue.Of(JsonValue.Create(clean));
    }

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context) =>
        AsString(stored) is { Length: > 0 } html ? new HtmlString(html) : null;

    internal static string Sanitize(string html) => Sanitizer.Sanitize(html);

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto", "tel" })
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        sanitizer.AllowedAttributes.Add("data-udi");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedCssProperties.Clear();
        return sanitizer;
    }
}

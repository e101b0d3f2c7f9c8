using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using Ganss.Xss;
using Microsoft.AspNetCore.Html;
using Participation.Cms.ContentTypes;

namespace Participation.Cms.PropertyEditors;

/// <summary>HTML from the editor, sanitised on the server before it is stored: the client is never trusted.</summary>
internal sealed class RichTextEditor : PropertyEditor
{
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public override string Alias => "Umbraco.RichText";

    public override string EditView => View("RichText");

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

    /// <summary>
    /// HTML mode: markup and its blocks; an empty editor is empty markup, not null (reference 4.4). JSON mode: the
    /// element tree, null when empty.
    /// </summary>
    public override JsonNode? ToDeliveryApi(object? model, PropertyType property, DeliveryApiContext context) =>
        context.RichTextAsJson
            ? RichTextElements.Tree((model as HtmlString)?.Value ?? "", context)
            : new JsonObject { ["markup"] = (model as HtmlString)?.Value ?? "", ["blocks"] = new JsonArray() };

    public override string? ToSearchText(JsonNode? stored, PropertyType property) =>
        AsString(stored) is { Length: > 0 } html ? PlainText.FromHtml(html) : null;

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
        sanitizer.PostProcessDom += (_, e) => DropUnusableImages(e.Document);
        return sanitizer;
    }

    /// <summary>
    /// An image pasted from elsewhere (another site's file, a data URI stripped to nothing, <c>src=x</c>) shows as broken
    /// and says nothing to a screen reader. Only the library's files are kept, and only with an alt attribute (empty
    /// for a decorative image, as the image dialog offers).
    /// </summary>
    private static void DropUnusableImages(IHtmlDocument document)
    {
        foreach (var image in document.QuerySelectorAll("img").ToList())
        {
            if (!image.HasAttribute("alt") || !IsLibraryFile(image.GetAttribute("src")))
            {
                image.Remove();
            }
        }
    }

    private static bool IsLibraryFile(string? src) =>
        src is not null && src.StartsWith("/media/", StringComparison.Ordinal) && src.Length > "/media/".Length
        && !src.Contains("..", StringComparison.Ordinal) && !src.Contains('\\', StringComparison.Ordinal) && !src.Contains("//", StringComparison.Ordinal);
}

using System.Text.Json.Nodes;
using Markdig;
using Microsoft.AspNetCore.Html;
using Participation.Cms.ContentTypes;

namespace Participation.Cms.PropertyEditors;

internal sealed class MarkdownEditor : PropertyEditor
{
    // Raw HTML inside markdown is escaped and links keep only safe schemes, so markdown can never smuggle in script.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().Use<SafeLinkSchemes>().Build();

    public override string Alias => "Umbraco.MarkdownEditor";

    public override string EditView => View("Markdown");

    public override ParsedValue Parse(JsonNode? input, PropertyType property) =>
        Text(input) is { } text ? ParsedValue.Of(JsonValue.Create(text.ReplaceLineEndings("\n"))) : ParsedValue.Empty;

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context) =>
        Text(stored) is { } text ? new HtmlString(Markdown.ToHtml(text, Pipeline)) : null;

    /// <summary>The rendered HTML as a string, as Umbraco's markdown converter delivers it.</summary>
    public override JsonNode? ToDeliveryApi(object? model, PropertyType property, DeliveryApiContext context) =>
        model is HtmlString html ? JsonValue.Create(html.Value) : null;

    public override string? ToSearchText(JsonNode? stored, PropertyType property) =>
        Text(stored) is { } text ? PlainText.Collapse(Markdown.ToPlainText(text, Pipeline)) : null;
}

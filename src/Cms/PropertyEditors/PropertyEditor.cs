using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Participation.Cms.ContentTypes;

namespace Participation.Cms.PropertyEditors;

/// <summary>
/// One class per editor, in its own folder with its model types and its backoffice view: the editor owns its value
/// end to end. Backoffice input, validation, stored JSON, the typed value templates read, the Delivery API shape
/// and the search text all live here, so adding an editor is adding one folder. The folders share this namespace
/// so the model types stay where templates already import them.
/// </summary>
public abstract class PropertyEditor
{
    public abstract string Alias { get; }

    /// <summary>The partial that renders the editor's input(s) on the edit form; its model is the form's field.</summary>
    public abstract string EditView { get; }

    /// <summary>True when the input is several controls (a fieldset with a legend) rather than one labelled control.</summary>
    public virtual bool EditsAsGroup => false;

    /// <summary>Validates editor input (JSON from a form, an API or a data file) and returns the value to store.</summary>
    public abstract ParsedValue Parse(JsonNode? input, PropertyType property);

    /// <summary>Converts a stored value to what templates read; null when there is no value.</summary>
    public abstract object? ToModel(JsonNode? stored, PropertyType property, ModelContext context);

    /// <summary>
    /// Reads the edit form's post into editor input for <see cref="Parse"/>; <paramref name="name"/> is the field's
    /// form name. Null removes the value. Most editors post one text.
    /// </summary>
    public virtual ParsedValue ReadForm(IFormCollection form, string name, PropertyType property) =>
        form[name].ToString() is { Length: > 0 } typed ? ParsedValue.Of(JsonValue.Create(typed)) : ParsedValue.Empty;

    /// <summary>
    /// The typed value as the Content Delivery API v2 writes it (reference section 4.4). Called with whatever
    /// <see cref="ToModel"/> gave, empty or not: the Delivery API applies the general "no stored value is null" rule.
    /// </summary>
    public abstract JsonNode? ToDeliveryApi(object? model, PropertyType property, DeliveryApiContext context);

    /// <summary>How the Delivery API's property filters and sorts compare this editor's values; null when they cannot.</summary>
    public virtual QueryValueKind? QueryKind => null;

    /// <summary>The most characters a value may have, when the editor limits it: the form shows a counter.</summary>
    public virtual int? MaxChars(PropertyType property) => null;

    /// <summary>The plain text the value gives a search index; null when the value has nothing worth finding.</summary>
    public virtual string? ToSearchText(JsonNode? stored, PropertyType property) => null;

    /// <summary>A value read from a data package, before it is validated like any input: a chance to resolve placeholders.</summary>
    public virtual JsonNode? FromDataPackage(JsonNode? value, PropertyType property, DateTimeOffset now) => value;

    protected static string View(string folder) => $"/PropertyEditors/{folder}/_Edit.cshtml";

    protected static string? AsString(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v => v.ToJsonString(),
        _ => null,
    };

    /// <summary>Trimmed text, or null when blank: an empty field is "no value", not an empty string.</summary>
    protected static string? Text(JsonNode? node) => AsString(node)?.Trim() is { Length: > 0 } s ? s : null;

    /// <summary>A number from editor configuration, whether it came from a file (parsed) or from code (an int or long).</summary>
    protected static long? ConfigNumber(PropertyType property, string key) => property.Config[key] switch
    {
        JsonValue v when v.TryGetValue(out long l) => l,
        JsonValue v when v.TryGetValue(out int i) => i,
        JsonValue v when v.TryGetValue(out double d) => (long)d,
        _ => null,
    };

    protected static bool ConfigFlag(PropertyType property, string key) =>
        property.Config[key] is JsonValue v && v.TryGetValue(out bool b) && b;

    protected static IEnumerable<JsonNode?> Items(JsonNode? node) => node switch
    {
        JsonArray array => (IEnumerable<JsonNode?>)array,
        null => [],
        _ => new[] { node },
    };

    protected static JsonArray StringArray(IEnumerable<string> items) => new(items.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray());

    /// <summary>Every non-empty value posted under <paramref name="name"/>, as an array: multi-selects and pickers.</summary>
    protected static ParsedValue ReadList(IFormCollection form, string name) =>
        ParsedValue.Of(StringArray(form[name].Where(v => !string.IsNullOrEmpty(v)).OfType<string>()));
}

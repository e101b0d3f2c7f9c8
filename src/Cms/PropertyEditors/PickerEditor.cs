using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Participation.Cms.ContentTypes;

namespace Participation.Cms.PropertyEditors;

/// <summary>
/// An editor whose choices live elsewhere (content, media, forms) and may be many. The edit form renders only the
/// chosen items and a bounded first page; the rest is searched on demand through the picker endpoint.
/// </summary>
public abstract class PickerEditor : PropertyEditor
{
    /// <summary>The most a search returns and the most a select without script lists: enough to choose, cheap to send.</summary>
    public const int MaxResults = 50;

    public override string EditView => "/PropertyEditors/_Picker.cshtml";

    public abstract bool IsMultiple(PropertyType property);

    /// <summary>At most <paramref name="limit"/> choices whose label contains <paramref name="query"/> (all when blank).</summary>
    public abstract Task<IReadOnlyList<PickerOption>> SearchAsync(PropertyType property, string? query, int limit, CancellationToken cancellationToken);

    /// <summary>The labels of the chosen values, in their order; a value that no longer resolves keeps its raw value as label.</summary>
    public abstract Task<IReadOnlyList<PickerOption>> SelectedAsync(PropertyType property, JsonNode? value, CancellationToken cancellationToken);

    public override ParsedValue ReadForm(IFormCollection form, string name, PropertyType property) =>
        IsMultiple(property) ? ReadList(form, name) : base.ReadForm(form, name, property);

    protected static IReadOnlyList<string> Values(JsonNode? value) =>
        Items(value).Select(i => i is JsonObject o ? Text(o["mediaKey"]) : Text(i)).OfType<string>().ToList();

    protected static bool Matches(string label, string? query) =>
        string.IsNullOrWhiteSpace(query) || label.Contains(query.Trim(), StringComparison.CurrentCultureIgnoreCase);
}

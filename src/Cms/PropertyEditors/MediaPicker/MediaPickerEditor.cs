using System.Text.Json.Nodes;
using Participation.Cms.ContentTypes;
using Participation.Cms.Persistence;
using Participation.Cms.PublishedCache;
using Participation.Cms.Site;
using Participation.Cms.Text;

namespace Participation.Cms.PropertyEditors;

internal sealed class MediaPickerEditor(EngineText text, DraftNodeSearch search, SiteOptions site) : PickerEditor
{
    // Images and files; folders (the media service's third type) hold no file and cannot be picked.
    private static readonly IReadOnlySet<string> PickableTypes = new HashSet<string>(["Image", "File"], StringComparer.Ordinal);

    public override string Alias => "Umbraco.MediaPicker3";

    public override bool IsMultiple(PropertyType property) => ConfigFlag(property, "multiple");

    public override ParsedValue Parse(JsonNode? input, PropertyType property)
    {
        var picks = new JsonArray();
        foreach (var item in Items(input))
        {
            // Either a bare media key or { mediaKey, focalPoint, crops }.
            var keyText = item is JsonObject o ? Text(o["mediaKey"]) : Text(item);
            if (keyText is null)
            {
                continue;
            }

            if (!Guid.TryParse(keyText, out var key))
            {
                return ParsedValue.Invalid(text.Format("editor.mediaPicker.invalidKey", keyText));
            }

            var focal = (item as JsonObject)?["focalPoint"] as JsonObject;
            if (focal is not null && (!IsFraction(focal["left"]) || !IsFraction(focal["top"])))
            {
                return ParsedValue.Invalid(text["editor.mediaPicker.focalPoint"]);
            }

            picks.Add(new JsonObject
            {
                ["mediaKey"] = key.ToString(),
                ["focalPoint"] = focal?.DeepClone(),
                ["crops"] = new JsonArray(),
            });
        }

        if (!IsMultiple(property) && picks.Count > 1)
        {
            return ParsedValue.Invalid(text["editor.mediaPicker.chooseOne"]);
        }

        return picks.Count == 0 ? ParsedValue.Empty : ParsedValue.Of(picks);
    }

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context) =>
        Items(stored).OfType<JsonObject>()
            .Select(o => Guid.TryParse(Text(o["mediaKey"]), out var key)
                ? new MediaPick(key, o["focalPoint"] is JsonObject f ? new FocalPoint((double)f["left"]!, (double)f["top"]!) : null)
                : null)
            .OfType<MediaPick>()
            .ToArray();

    /// <summary>Always an array of media with crops, even in single mode; the pick's focal point wins over the item's.</summary>
    public override JsonNode? ToDeliveryApi(object? model, PropertyType property, DeliveryApiContext context) =>
        new JsonArray((model as MediaPick[] ?? [])
            .Select(p => context.Media(p.MediaKey) is { } media ? Media(media, p.FocalPoint ?? media.FocalPoint, context) : null)
            .OfType<JsonNode>()
            .ToArray());

    public override async Task<IReadOnlyList<PickerOption>> SearchAsync(PropertyType property, string? query, int limit, CancellationToken cancellationToken)
    {
        var hits = await search.SearchAsync(NodeKind.Media, PickableTypes, query, limit, site.DefaultCulture, cancellationToken);
        return hits.Select(Option).ToList();
    }

    public override async Task<IReadOnlyList<PickerOption>> SelectedAsync(PropertyType property, JsonNode? value, CancellationToken cancellationToken)
    {
        var values = Values(value);
        var keys = values.Select(v => Guid.TryParse(v, out var k) ? k : Guid.Empty).Where(k => k != Guid.Empty).ToList();
        var found = (await search.GetAsync(NodeKind.Media, keys, cancellationToken)).ToDictionary(h => h.Key.ToString(), Option);
        return values.Select(v => found.GetValueOrDefault(v) ?? new PickerOption(v, v)).ToList();
    }

    /// <summary>Images come with a thumbnail (a crop the image endpoint makes once and keeps), so an editor sees what is picked.</summary>
    private PickerOption Option(DraftNodeSearch.Hit hit) =>
        new(hit.Key.ToString(), DraftNodeSearch.NameOf(hit.Document, site.DefaultCulture) ?? text["editor.picker.untitled"],
            hit.Document.Values["umbracoWidth"] is not null && Text(hit.Document.Values["umbracoFile"]) is { } file ? file + "?width=96&height=72&mode=crop" : null);

    /// <summary>Reference 4.3 "media with crops", in its property order.</summary>
    internal static JsonObject Media(PublishedMedia media, FocalPoint? focalPoint, DeliveryApiContext context) => new()
    {
        ["focalPoint"] = focalPoint is null ? null : new JsonObject { ["left"] = focalPoint.Left, ["top"] = focalPoint.Top },
        ["crops"] = new JsonArray(),
        ["id"] = media.Key.ToString(),
        ["name"] = media.Name,
        ["mediaType"] = media.Width is null ? "File" : "Image",
        ["url"] = context.Absolute(media.Url),
        ["extension"] = media.Extension,
        ["width"] = media.Width,
        ["height"] = media.Height,
        ["bytes"] = media.Bytes is { } b ? (int?)Math.Min(b, int.MaxValue) : null,
        ["properties"] = new JsonObject(),
    };

    private static bool IsFraction(JsonNode? node) => node is JsonValue v && v.TryGetValue(out double d) && d is >= 0 and <= 1;
}

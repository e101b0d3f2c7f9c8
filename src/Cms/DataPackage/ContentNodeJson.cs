using System.Text.Json.Nodes;
using Participation.Cms.Content;

namespace Participation.Cms.DataPackage;

/// <summary>Converts between a version document and the node format of <c>umbraco-data/content</c>.</summary>
internal static class ContentNodeJson
{
    public static ContentDocument ToDocument(JsonObject node, out HashSet<string> publishedCultures)
    {
        publishedCultures = [];
        var document = new ContentDocument { Values = (node["values"] as JsonObject)?.DeepClone().AsObject() ?? [] };
        foreach (var (culture, value) in node["cultures"] as JsonObject ?? [])
        {
            if (value is not JsonObject variant)
            {
                continue;
            }

            document.Cultures[culture] = new CultureVariant
            {
                Name = (string?)variant["name"] ?? "",
                Segment = (string?)variant["segment"] ?? "",
                Values = (variant["values"] as JsonObject)?.DeepClone().AsObject() ?? [],
            };
            if ((bool?)variant["published"] ?? true)
            {
                publishedCultures.Add(culture);
            }
        }

        return document;
    }

    public static void WriteDocument(JsonObject target, ContentDocument document, IReadOnlySet<string>? publishedCultures, string defaultCulture)
    {
        target["values"] = document.Values.DeepClone();
        var cultures = new JsonObject();
        foreach (var (culture, variant) in document.Cultures.OrderBy(c => c.Key == defaultCulture ? "" : c.Key, StringComparer.Ordinal))
        {
            var entry = new JsonObject { ["name"] = variant.Name, ["segment"] = variant.Segment };
            if (publishedCultures is not null)
            {
                entry["published"] = publishedCultures.Contains(culture);
            }

            entry["values"] = variant.Values.DeepClone();
            cultures[culture] = entry;
        }

        target["cultures"] = cultures;
    }
}

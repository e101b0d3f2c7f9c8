using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Participation.Cms.Backoffice.Text;
using Participation.Cms.Content;
using Participation.Cms.ContentTypes;

namespace Participation.Cms.Backoffice.Editing;

/// <summary>
/// Turns the edit form's post into the next draft: the edited culture's name, segment and values plus the shared
/// values, on top of the current draft so the other cultures are kept. The property editors validate it on save.
/// </summary>
public static class FormDocumentReader
{
    public const string Prefix = "p.";

    public static ContentDocument Read(ContentType type, IFormCollection form, string culture, ContentDocument current, BackofficeText text, out Dictionary<string, string> errors)
    {
        errors = [];
        var next = current.Clone();
        if (!next.Cultures.TryGetValue(culture, out var variant))
        {
            next.Cultures[culture] = variant = new CultureVariant();
        }

        variant.Name = form["name"].ToString();
        variant.Segment = form["segment"].ToString();
        foreach (var property in type.Properties)
        {
            var bag = type.PropertyVaries(property) ? variant.Values : next.Values;
            var value = ReadValue(property, form, text, out var error);
            if (error is not null)
            {
                errors[property.Alias] = error;
                continue;
            }

            if (value is null)
            {
                bag.Remove(property.Alias);
            }
            else
            {
                bag[property.Alias] = value;
            }
        }

        return next;
    }

    private static JsonNode? ReadValue(PropertyType property, IFormCollection form, BackofficeText text, out string? error)
    {
        error = null;
        var name = Prefix + property.Alias;
        switch (property.Editor)
        {
            case "Umbraco.TrueFalse":
                return JsonValue.Create(form[name].Contains("true"));
            case "Participation.Venue":
                var venue = new JsonObject();
                foreach (var part in new[] { "name", "street", "postalCode", "city", "latitude", "longitude" })
                {
                    venue[part] = form[$"{name}.{part}"].ToString();
                }

                return venue;
            case "Umbraco.MultiUrlPicker":
                var titles = form[$"{name}.title"];
                var urls = form[$"{name}.url"];
                return new JsonArray(urls.Select((url, i) => (JsonNode?)new JsonObject { ["title"] = titles.ElementAtOrDefault(i), ["url"] = url }).ToArray());
            case "Umbraco.BlockList":
                var raw = form[name].ToString();
                try
                {
                    return string.IsNullOrWhiteSpace(raw) ? null : JsonNode.Parse(raw);
                }
                catch (JsonException)
                {
                    error = text["edit.blockJsonInvalid"];
                    return null;
                }

            case "Umbraco.MultiNodeTreePicker":
            case "Umbraco.DropDown.Flexible" when property.Config["multiple"] is JsonValue m && m.TryGetValue(out bool multiple) && multiple:
                return new JsonArray(form[name].Where(v => !string.IsNullOrEmpty(v)).Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
            default:
                var typed = form[name].ToString();
                return typed.Length == 0 ? null : JsonValue.Create(typed);
        }
    }
}

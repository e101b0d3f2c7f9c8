using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Participation.Cms.Backoffice.Editing;
using Participation.Cms.ContentTypes;

namespace Participation.Cms.PropertyEditors;

/// <summary>
/// What the block list's edit view shows. The JSON field is the value posted, with or without script; the script puts
/// one card per block in its place, each a form of the element type's properties drawn by their own editors' views, and
/// writes the JSON back as the cards change. Cards are drawn only when every block is of an element type allowed here,
/// so a list that is not readable stays editable as text and nothing typed is lost.
/// </summary>
public sealed record BlockListForm(string Text, IReadOnlyList<BlockCard>? Cards, IReadOnlyList<BlockCard> NewCards)
{
    /// <summary>Stands for a new block's number in a new card's names and ids; the script replaces it.</summary>
    public const string NewToken = "__block__";

    public static async Task<BlockListForm> CreateAsync(
        FieldModel field, IReadOnlyDictionary<string, ContentType> types, EditFields fields, HttpRequest request, CancellationToken cancellationToken)
    {
        var text = Posted(field, request) ?? field.Json;
        var allowed = Allowed(field.Property, types);
        var newCards = new List<BlockCard>();
        foreach (var type in allowed.Values)
        {
            newCards.Add(await CardAsync(field, type, NewToken, null, [], fields, cancellationToken));
        }

        return new BlockListForm(text, await CardsAsync(field, text, allowed, fields, cancellationToken), newCards);
    }

    /// <summary>
    /// After a refused save the draft still holds the stored blocks (text that is not JSON never reaches it), so what
    /// the editor typed is taken from the post itself.
    /// </summary>
    private static string? Posted(FieldModel field, HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.HasFormContentType && request.Form.TryGetValue(field.Name, out var typed) ? typed.ToString() : null;

    private static Dictionary<string, ContentType> Allowed(PropertyType property, IReadOnlyDictionary<string, ContentType> types)
    {
        var named = (property.Config["allowedTypes"] as JsonArray)?.Select(t => (string?)t).OfType<string>().ToList();
        return types.Values.Where(t => t.IsElement && (named is null || named.Contains(t.Alias)))
            .OrderBy(t => named?.IndexOf(t.Alias) ?? 0).ThenBy(t => t.Name, StringComparer.CurrentCulture)
            .ToDictionary(t => t.Alias, StringComparer.Ordinal);
    }

    private static async Task<IReadOnlyList<BlockCard>?> CardsAsync(
        FieldModel field, string text, Dictionary<string, ContentType> allowed, EditFields fields, CancellationToken cancellationToken)
    {
        JsonNode? parsed;
        try
        {
            parsed = string.IsNullOrWhiteSpace(text) ? new JsonArray() : JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }

        if (parsed is not JsonArray items)
        {
            return null;
        }

        var cards = new List<BlockCard>();
        foreach (var item in items)
        {
            if (item is not JsonObject block || StringOf(block["contentType"]) is not { } alias || !allowed.TryGetValue(alias, out var type)
                || block["values"] is not (null or JsonObject))
            {
                return null;
            }

            var token = (cards.Count + 1).ToString(CultureInfo.InvariantCulture);
            cards.Add(await CardAsync(field, type, token, StringOf(block["key"]), block["values"] as JsonObject ?? [], fields, cancellationToken));
        }

        return cards;
    }

    private static async Task<BlockCard> CardAsync(
        FieldModel field, ContentType type, string token, string? key, JsonObject values, EditFields fields, CancellationToken cancellationToken)
    {
        var scope = $"block.{field.Property.Alias}.{token}";
        var properties = new List<FieldModel>();
        foreach (var property in type.Properties)
        {
            properties.Add(await fields.ForValueAsync(type, property, values[property.Alias], null, cancellationToken) with { Scope = scope });
        }

        return new BlockCard(key, type, values, properties);
    }

    private static string? StringOf(JsonNode? node) => node is JsonValue v && v.TryGetValue(out string? s) ? s : null;
}

using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Participation.Cms.PropertyEditors;

/// <summary>
/// Rich text as Umbraco's JSON element tree (<c>DeliveryApi:RichTextOutputAsJson</c>): a <c>#root</c> with elements,
/// text nodes as <c>{"text", "tag": "#text"}</c>, attribute names without their <c>data-</c> prefix, and a picked
/// document's link as a <c>route</c> object. Without Umbraco's quirks (reference 7.6): text is entity-decoded (a
/// no-break space is the character, not <c>&amp;nbsp;</c>), and whitespace between block elements (the newlines that
/// break React tables) is dropped while a space between inline elements is kept.
/// </summary>
internal static class RichTextElements
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> Inline = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "dfn", "em", "i", "img", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    };

    public static JsonNode? Tree(string html, DeliveryApiContext context)
    {
        var body = Parser.ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>").Body!;
        var elements = Children(body, context);
        return elements.Count == 0
            ? null
            : new JsonObject { ["tag"] = "#root", ["attributes"] = new JsonObject(), ["elements"] = elements, ["blocks"] = new JsonArray() };
    }

    private static JsonArray Children(INode parent, DeliveryApiContext context)
    {
        var nodes = parent.ChildNodes;
        var children = new JsonArray();
        for (var i = 0; i < nodes.Length; i++)
        {
            switch (nodes[i])
            {
                case IElement element:
                    children.Add(Element(element, context));
                    break;
                case IText text when text.Data.Trim().Length > 0:
                    children.Add(new JsonObject { ["text"] = text.Data, ["tag"] = "#text" });
                    break;
                case IText when BetweenInlines(nodes, i):
                    children.Add(new JsonObject { ["text"] = " ", ["tag"] = "#text" });
                    break;
            }
        }

        return children;
    }

    private static JsonObject Element(IElement element, DeliveryApiContext context)
    {
        var attributes = new JsonObject();
        foreach (var attribute in element.Attributes)
        {
            var name = attribute.Name.StartsWith("data-", StringComparison.Ordinal) ? attribute.Name[5..] : attribute.Name;
            attributes[name] = attribute.Value;
        }

        // A picked document's link carries its route (path and start item) instead of an address that may go stale.
        if (element.LocalName == "a" && Picked(element, "document") is { } key && context.Content(key) is { } content && context.Route(content, context.Culture) is { } route)
        {
            attributes.Remove("href");
            attributes.Remove("udi");
            attributes["route"] = route;
        }
        else if (Picked(element, "media") is { } mediaKey && context.Media(mediaKey) is { } media)
        {
            attributes.Remove("udi");
            attributes[element.LocalName == "img" ? "src" : "href"] = context.Absolute(media.Url);
        }

        return new JsonObject { ["tag"] = element.LocalName, ["attributes"] = attributes, ["elements"] = Children(element, context) };
    }

    /// <summary>The key in <c>data-udi="umb://document/…"</c> (or media), as Umbraco's editors write picked links.</summary>
    private static Guid? Picked(IElement element, string kind) =>
        element.GetAttribute("data-udi") is { } udi && udi.StartsWith($"umb://{kind}/", StringComparison.Ordinal)
        && Guid.TryParse(udi[$"umb://{kind}/".Length..], out var key) ? key : null;

    private static bool BetweenInlines(INodeList nodes, int at) =>
        at > 0 && at < nodes.Length - 1
        && nodes[at - 1] is IElement before && Inline.Contains(before.LocalName)
        && nodes[at + 1] is IElement after && Inline.Contains(after.LocalName);
}

using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Participation.Cms.PropertyEditors;
using Participation.Cms.PublishedCache;

namespace Participation.Extensions.Sharing.StructuredData;

/// <summary>The small pieces every schema.org node is made of.</summary>
internal static class JsonLd
{
    public const string Schema = "https://schema.org/";

    // Letters as they are, but '<', '>' and '&' escaped, so "</script>" in a title cannot end the block.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Serialize(JsonNode node) => node.ToJsonString(Options);

    public static string Time(DateTimeOffset moment, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(moment, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static JsonObject Reference(string id) => new() { ["@id"] = id };

    public static JsonObject? PostalAddress(Venue? venue) => venue is null || venue.AddressLine.Length == 0 ? null : Compact(new JsonObject
    {
        ["@type"] = "PostalAddress",
        ["streetAddress"] = venue.Street,
        ["postalCode"] = venue.PostalCode,
        ["addressLocality"] = venue.City,
        ["addressCountry"] = "FI",
    });

    public static JsonObject? Geo(Venue? venue) => venue is { Latitude: { } lat, Longitude: { } lon }
        ? new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = lat, ["longitude"] = lon }
        : null;

    public static JsonObject? Image(PublishedMedia? media, Uri baseUrl) => media is null ? null : new JsonObject
    {
        ["@type"] = "ImageObject",
        ["url"] = new Uri(baseUrl, media.Url).ToString(),
        ["width"] = media.Width,
        ["height"] = media.Height,
    };

    /// <summary>An organisation's own addresses elsewhere (website, social media); only absolute ones, none as null.</summary>
    public static JsonArray? SameAs(IEnumerable<string?> urls)
    {
        var sameAs = new JsonArray();
        foreach (var url in urls)
        {
            if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                sameAs.Add(url);
            }
        }

        return sameAs.Count > 0 ? sameAs : null;
    }

    /// <summary>Drops unset members, so a node never claims an empty address or a null image.</summary>
    public static JsonObject Compact(JsonObject node)
    {
        foreach (var name in node.Where(p => p.Value is null || (p.Value is JsonValue v && v.TryGetValue<string>(out var s) && s.Length == 0)).Select(p => p.Key).ToList())
        {
            node.Remove(name);
        }

        return node;
    }
}

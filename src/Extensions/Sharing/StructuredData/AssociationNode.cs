using System.Text.Json.Nodes;
using Participation.Cms.PropertyEditors;
using Participation.Cms.PublishedCache;

namespace Participation.Extensions.Sharing.StructuredData;

/// <summary>An association of the directory as an Organization: contact details, address, logo and its own channels.</summary>
internal static class AssociationNode
{
    public static JsonObject For(PublishedContent item, PublishedSnapshot snapshot, ShareCard card, string culture, Uri baseUrl) =>
        JsonLd.Compact(new JsonObject
        {
            ["@type"] = "Organization",
            ["@id"] = card.CanonicalUrl + "#organization",
            ["name"] = item.Name(culture),
            ["url"] = card.CanonicalUrl,
            ["description"] = card.Description,
            ["email"] = item.Value<string>("email", culture),
            ["telephone"] = item.Value<string>("phone", culture),
            ["taxID"] = item.Value<string>("businessId", culture),
            ["address"] = JsonLd.PostalAddress(item.Value<Venue>("address", culture)),
            ["logo"] = JsonLd.Image(snapshot.Media(item, "logo", culture).FirstOrDefault(), baseUrl),
            ["sameAs"] = JsonLd.SameAs((item.Value<Link[]>("socialLinks", culture) ?? []).Select(l => l.Url).Prepend(item.Value<string>("website", culture))),
        });
}

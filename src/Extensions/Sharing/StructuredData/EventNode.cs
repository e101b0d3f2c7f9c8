using System.Text.Json.Nodes;
using Participation.Cms.PublishedCache;
using Participation.Extensions.Registration;

namespace Participation.Extensions.Sharing.StructuredData;

/// <summary>
/// A partnership table as an Event: the start with its offset, the place with its address, postponed while the time is
/// open, and an offer whose availability follows the seats the registration feature counts.
/// </summary>
internal static class EventNode
{
    // Fewer seats than this left shows as limited, as a shop shows "only a few left".
    private const int FewSeats = 5;

    public static JsonObject For(PartnershipTablePage page, PublishedSnapshot snapshot, ShareCard card, TimeZoneInfo zone, Uri baseUrl)
    {
        var (item, culture) = (page.Content, page.Culture);
        var node = new JsonObject
        {
            ["@type"] = "Event",
            ["name"] = card.Title,
            ["description"] = card.Description,
            ["url"] = card.CanonicalUrl,
            ["inLanguage"] = culture,
            ["image"] = new JsonArray(card.Image.Url),
            ["startDate"] = page.Start is { } start ? JsonLd.Time(start, zone) : null,
            ["endDate"] = page.End is { } end ? JsonLd.Time(end, zone) : null,
            // No date yet: schema.org's "postponed" is an event whose new date is not set.
            ["eventStatus"] = JsonLd.Schema + (page.Start is null ? "EventPostponed" : "EventScheduled"),
            ["eventAttendanceMode"] = JsonLd.Schema + "OfflineEventAttendanceMode",
            ["location"] = Location(page),
            ["organizer"] = snapshot.Picked(item, "organizer", culture) is { } organizer && page.RoutableUrl(organizer) is { } url
                ? new JsonObject { ["@type"] = "Organization", ["name"] = organizer.Name(organizer.IsRoutable(culture) ? culture : "fi"), ["url"] = new Uri(baseUrl, url).ToString() }
                : SiteNodes.Reference(snapshot, culture, baseUrl),
        };
        if (item.HasValue("registrationForm", culture))
        {
            node["offers"] = Offer(page, card, zone);
        }

        return JsonLd.Compact(node);
    }

    private static JsonObject Location(PartnershipTablePage page) => page.Venue is { } venue && !page.ToBeAnnounced
        ? JsonLd.Compact(new JsonObject
        {
            ["@type"] = "Place",
            ["name"] = venue.Name ?? venue.AddressLine,
            ["address"] = JsonLd.PostalAddress(venue),
            ["geo"] = JsonLd.Geo(venue),
        })
        : new JsonObject { ["@type"] = "Place", ["name"] = "TBA" };

    private static JsonObject Offer(PartnershipTablePage page, ShareCard card, TimeZoneInfo zone)
    {
        // Google reads InStock, SoldOut and PreOrder for events: an open time or place takes expressions of interest
        // (PreOrder), a full event is sold out even with a waiting list, a closed registration is no longer offered.
        var availability = page.ToBeAnnounced ? "PreOrder"
            : !page.RegistrationOpen ? (page.IsPast ? "SoldOut" : "Discontinued")
            : page.Capacity == 0 ? "InStock"
            : page.SeatsLeft == 0 ? "SoldOut"
            : page.SeatsLeft < FewSeats ? "LimitedAvailability"
            : "InStock";

        return JsonLd.Compact(new JsonObject
        {
            ["@type"] = "Offer",
            ["url"] = card.CanonicalUrl,
            ["price"] = "0",
            ["priceCurrency"] = "EUR",
            ["availability"] = JsonLd.Schema + availability,
            ["validThrough"] = page.Registration is { } window ? JsonLd.Time(window.Deadline, zone) : null,
        });
    }
}

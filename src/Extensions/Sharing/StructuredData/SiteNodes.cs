using System.Text.Json.Nodes;
using Participation.Cms.PublishedCache;
using Participation.Extensions.SiteIdentity;

namespace Participation.Extensions.Sharing.StructuredData;

/// <summary>The site's publisher as an Organization and the site as a WebSite whose search box search engines may offer (<c>/haku?q=</c>).</summary>
internal static class SiteNodes
{
    public static string OrganizationId(Uri baseUrl) => new Uri(baseUrl, "/#organization").ToString();

    /// <summary>The publisher from the home node's settings, with its address, business id, logo and own channels.</summary>
    public static JsonObject Organization(PublishedSnapshot snapshot, string culture, Uri baseUrl)
    {
        var publisher = Publisher.Of(snapshot, culture);
        var logo = publisher?.Logo ?? (snapshot.Home is { } home ? snapshot.Media(home, "socialImage", culture).FirstOrDefault() : null);
        var node = Reference(snapshot, culture, baseUrl);
        node["url"] = new Uri(baseUrl, snapshot.Home?.Url(culture) ?? "/").ToString();
        node["email"] = publisher?.Email;
        node["taxID"] = publisher?.BusinessId;
        node["address"] = JsonLd.PostalAddress(publisher?.Address);
        node["logo"] = JsonLd.Image(logo, baseUrl);
        node["sameAs"] = JsonLd.SameAs(publisher?.SocialLinks.Select(l => l.Url) ?? []);
        return JsonLd.Compact(node);
    }

    /// <summary>The publisher where a page names it (an article's publisher, an event's organiser): its id and name.</summary>
    public static JsonObject Reference(PublishedSnapshot snapshot, string culture, Uri baseUrl) => JsonLd.Compact(new JsonObject
    {
        ["@type"] = "Organization",
        ["@id"] = OrganizationId(baseUrl),
        ["name"] = Publisher.Of(snapshot, culture)?.Name,
    });

    public static JsonObject WebSite(PublishedSnapshot snapshot, string culture, string siteName, Uri baseUrl)
    {
        var home = new Uri(baseUrl, snapshot.Home?.Url(culture) ?? "/").ToString();
        var website = new JsonObject
        {
            ["@type"] = "WebSite",
            ["@id"] = home + "#website",
            ["name"] = siteName,
            ["url"] = home,
            ["inLanguage"] = culture,
            ["publisher"] = JsonLd.Reference(OrganizationId(baseUrl)),
        };
        if (snapshot.GetByRoute("fi", "/haku/") is { } search && (search.Url(culture) ?? search.Url("fi")) is { } searchUrl)
        {
            website["potentialAction"] = new JsonObject
            {
                ["@type"] = "SearchAction",
                ["target"] = new JsonObject
                {
                    ["@type"] = "EntryPoint",
                    ["urlTemplate"] = new Uri(baseUrl, searchUrl).ToString().TrimEnd('/') + "?q={search_term_string}",
                },
                ["query-input"] = "required name=search_term_string",
            };
        }

        return website;
    }

    /// <summary>Home first, the page itself last; the home page has none.</summary>
    public static JsonObject? Breadcrumbs(PublishedSnapshot snapshot, PublishedContent item, string culture, Uri baseUrl)
    {
        var trail = snapshot.Ancestors(item).Reverse().Append(item).Where(i => i.Url(culture) is not null).ToList();
        if (trail.Count < 2)
        {
            return null;
        }

        var list = new JsonArray();
        for (var i = 0; i < trail.Count; i++)
        {
            list.Add(new JsonObject
            {
                ["@type"] = "ListItem",
                ["position"] = i + 1,
                ["name"] = trail[i].Name(culture),
                ["item"] = new Uri(baseUrl, trail[i].Url(culture)).ToString(),
            });
        }

        return new JsonObject { ["@type"] = "BreadcrumbList", ["itemListElement"] = list };
    }
}

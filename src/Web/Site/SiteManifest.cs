using System.Text.Json.Nodes;
using Participation.Cms.PublishedCache;
using Participation.Cms.Site;

namespace Participation.Web.Site;

/// <summary>
/// The web app manifest, made from the home node's settings (site name, tagline) in the reader's language, so renaming
/// the site in the backoffice renames it on a phone's home screen too; the icons are the home node's site icon.
/// </summary>
internal static class SiteManifest
{
    public const string Path = "/manifest.webmanifest";

    public static WebApplication MapSiteManifest(this WebApplication app)
    {
        app.MapGet(Path, (string? lang, PublishedSnapshotService snapshots, SiteOptions site) =>
        {
            var culture = lang is not null && site.Cultures.Contains(lang) ? lang : site.DefaultCulture;
            var home = snapshots.Current.Home;
            var name = home?.Value<string>("siteName", culture) ?? home?.Name(culture) ?? "Participation.Site";
            var manifest = new JsonObject
            {
                ["name"] = name,
                // The whole name: cut to a launcher's 12 characters it read "Delaktighets"; the phone shortens it itself.
                ["short_name"] = name,
                ["description"] = home?.Value<string>("tagline", culture),
                ["lang"] = culture,
                ["start_url"] = home?.Url(culture) ?? "/",
                ["display"] = "browser",
                ["background_color"] = "#ffffff",
                ["theme_color"] = "#0b5d4b",
                ["icons"] = Icons(SiteIcon.Of(snapshots.Current, culture)),
            };
            return Results.Text(manifest.ToJsonString(), "application/manifest+json; charset=utf-8");
        }).ExcludeFromDescription();
        return app;
    }

    /// <summary>A phone's home screen wants about 192 and 512 pixels; the editor's icon at both, or the built-in one.</summary>
    private static JsonArray Icons(PublishedMedia? icon)
    {
        if (icon is null)
        {
            return [new JsonObject { ["src"] = SiteIcon.Fallback, ["sizes"] = "any", ["type"] = "image/svg+xml" }];
        }

        var icons = new JsonArray();
        foreach (var (url, sizes) in new[] { SiteIcon.At(icon, 200), SiteIcon.At(icon, 512) }.DistinctBy(i => i.Url))
        {
            icons.Add(new JsonObject { ["src"] = url, ["sizes"] = sizes, ["type"] = SiteIcon.MediaType(icon) });
        }

        return icons;
    }
}

using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Security.Fuzzing;

/// <summary>One endpoint to fuzz: its route as the site declares it, the methods it answers and the fields its form posts.</summary>
internal sealed record FuzzTarget(string Name, RoutePattern? Pattern, string? FixedPath, IReadOnlyList<string> Methods, IReadOnlyList<string> Fields);

/// <summary>
/// Every endpoint the site maps, read from its endpoint data source (so a new endpoint is fuzzed the day it is added),
/// plus the content pages the fallback route renders, a few of every type in every culture, with their forms.
/// </summary>
internal static partial class FuzzTargets
{
    public static IReadOnlyList<FuzzTarget> All(SiteFactory site)
    {
        var targets = new List<FuzzTarget>();
        foreach (var endpoint in site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var raw = endpoint.RoutePattern.RawText ?? "";
            if (raw.Contains("umbraco/logout", StringComparison.OrdinalIgnoreCase) || endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is { } m && m.HttpMethods.Count == 0)
            {
                continue; // signing out would end the sessions the suite fuzzes with
            }

            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
            targets.Add(new FuzzTarget(raw.Length == 0 ? "(fallback)" : "/" + raw.TrimStart('/'), endpoint.RoutePattern, null, methods.ToList(), []));
        }

        // The fallback route renders content pages; each type in each culture is its own target.
        foreach (var group in site.Snapshot.All.SelectMany(i => i.Cultures.Keys.Select(c => (Item: i, Culture: c)))
                     .Where(p => p.Item.Url(p.Culture) is not null)
                     .GroupBy(p => $"{p.Item.ContentTypeAlias} ({p.Culture})"))
        {
            var urls = group.Take(3).Select(p => p.Item.Url(p.Culture)!).ToList();
            targets.Add(new FuzzTarget($"page {group.Key}", null, string.Join('\n', urls), ["GET", "POST", "HEAD"], []));
        }

        return targets.GroupBy(t => t.Name + string.Join(',', t.Methods)).Select(g => g.First()).ToList();
    }

    /// <summary>The names of a page's form fields, so a post reaches the validation of each field.</summary>
    public static IReadOnlyList<string> FieldNames(string html) =>
        FieldName().Matches(html).Select(m => m.Groups[1].Value).Where(n => n != "__RequestVerificationToken").Distinct().ToList();

    public static string? Antiforgery(string html) =>
        Backoffice.BackofficeSession.Token().Match(html) is { Success: true } match ? System.Net.WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    /// <summary>Real keys, so routes with a key reach their handlers: content, media, forms (umbraco-data/forms).</summary>
    public static IReadOnlyList<string> Keys(SiteFactory site)
    {
        var keys = site.Snapshot.All.Take(40).Select(i => i.Key.ToString())
            .Concat(site.Snapshot.AllMedia.Take(10).Select(m => m.Key.ToString()))
            .ToList();
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, "umbraco-data", "forms"), "*.json"))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            keys.Add(json.RootElement.GetProperty("id").GetString()!);
        }

        return keys;
    }

    [GeneratedRegex("name=\"([A-Za-z0-9_.\\[\\]-]+)\"")]
    private static partial Regex FieldName();
}

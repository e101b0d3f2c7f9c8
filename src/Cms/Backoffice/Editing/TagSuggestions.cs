using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.PropertyEditors;
using Participation.Cms.PublishedCache;
using Participation.Cms.Site;

namespace Participation.Cms.Backoffice.Editing;

/// <summary>
/// Tags already in use on the site, for the tags field's suggestions, so "Kouvola" is not also written "kouvola" and
/// "Kouvolan". The list is made once per published snapshot (a scan of the site's tags at the first request after a
/// change) and a request only filters it.
/// </summary>
public sealed class TagSuggestions(PublishedSnapshotService snapshots, PropertyEditorCollection editors, SiteOptions site)
{
    public const string Path = "/umbraco/api/tags";

    public const int MaxResults = 10;

    // One reference swapped whole, so a reader never sees one snapshot's generation with another's list.
    private volatile Kept? memo;

    private sealed record Kept(long Generation, IReadOnlyList<(string Tag, int Uses)> Tags);

    /// <summary>Tags starting with the text first, then tags containing it; each group most used first.</summary>
    public IReadOnlyList<string> Find(string? typed)
    {
        var text = (typed ?? "").Trim();
        if (text.Length == 0)
        {
            return [];
        }

        var tags = All();
        return tags.Where(t => t.Tag.StartsWith(text, StringComparison.CurrentCultureIgnoreCase))
            .Concat(tags.Where(t => !t.Tag.StartsWith(text, StringComparison.CurrentCultureIgnoreCase) && t.Tag.Contains(text, StringComparison.CurrentCultureIgnoreCase)))
            .Take(MaxResults).Select(t => t.Tag).ToList();
    }

    private IReadOnlyList<(string Tag, int Uses)> All()
    {
        var snapshot = snapshots.Current;
        if (memo is { } kept && kept.Generation == snapshot.Generation)
        {
            return kept.Tags;
        }

        var tags = snapshot.All
            .SelectMany(item => item.ContentType.Properties.Where(p => editors.Contains(p.Editor) && editors.Get(p.Editor) is TagsEditor)
                .SelectMany(p => site.Cultures.SelectMany(c => item.Value<string[]>(p.Alias, c) ?? [])))
            .GroupBy(t => t, StringComparer.CurrentCultureIgnoreCase)
            .Select(g => (Tag: g.GroupBy(t => t, StringComparer.Ordinal).MaxBy(s => s.Count())!.Key, Uses: g.Count()))
            .OrderByDescending(t => t.Uses).ThenBy(t => t.Tag, StringComparer.CurrentCulture)
            .ToList();
        memo = new Kept(snapshot.Generation, tags);
        return tags;
    }
}

internal static class TagSuggestionsEndpoint
{
    public static IEndpointRouteBuilder MapTagSuggestions(this IEndpointRouteBuilder app)
    {
        app.MapGet(TagSuggestions.Path, (string? q, TagSuggestions tags) => TypedResults.Ok(tags.Find(q is { Length: > 100 } ? q[..100] : q)))
            .RequireAuthorization(BackofficePolicies.Access)
            .ExcludeFromDescription();
        return app;
    }
}

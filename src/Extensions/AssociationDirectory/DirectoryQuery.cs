using System.Globalization;
using Microsoft.AspNetCore.Http;
using Participation.Cms.Search;

namespace Participation.Extensions.AssociationDirectory;

/// <summary>
/// What a directory address asks for: free text, facet choices (several values of one facet are alternatives, facets
/// combine), the order and the page. Read from the query string so every view of the directory is a shareable link.
/// </summary>
public sealed record DirectoryQuery(string Text, IReadOnlyDictionary<string, IReadOnlyList<string>> Facets, bool ByName, int Page)
{
    public const int PageSize = 12;
    private const int MaxText = 200;

    /// <summary>Facet field and the query-string key that carries it, in the order the page shows them.</summary>
    public static IReadOnlyList<(string Field, string Key)> FacetKeys { get; } =
    [
        (AssociationSearchFields.Municipality, "kunta"),
        (AssociationSearchFields.Area, "alue"),
        (AssociationSearchFields.Theme, "teema"),
        (AssociationSearchFields.TargetGroup, "kohderyhma"),
    ];

    public static DirectoryQuery From(IQueryCollection query)
    {
        var text = query["q"].ToString().Trim();
        var facets = FacetKeys.ToDictionary(
            f => f.Field,
            f => (IReadOnlyList<string>)query[f.Key].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct().Take(10).ToList());
        var page = int.TryParse(query["sivu"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;
        var byName = text.Length == 0 || query["jarjestys"] == "nimi";
        return new DirectoryQuery(text.Length > MaxText ? text[..MaxText] : text, facets, byName, page);
    }

    public IReadOnlyList<string> Chosen(string field) => Facets.GetValueOrDefault(field, []);

    /// <summary>This query as an address (relative to the directory), with one page number or facet changed.</summary>
    public string ToQueryString(int? page = null, (string Field, string? Value)? facet = null, bool? byName = null)
    {
        var parts = new List<string>();
        if (Text.Length > 0)
        {
            parts.Add("q=" + Uri.EscapeDataString(Text));
        }

        foreach (var (field, key) in FacetKeys)
        {
            var values = facet is { } f && f.Field == field ? (f.Value is null ? [] : [f.Value]) : Chosen(field);
            parts.AddRange(values.Select(v => key + "=" + Uri.EscapeDataString(v)));
        }

        if (Text.Length > 0 && (byName ?? ByName))
        {
            parts.Add("jarjestys=nimi");
        }

        if ((page ?? Page) > 1)
        {
            parts.Add($"sivu={page ?? Page}");
        }

        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    public ContentQuery ToContentQuery(Guid directory, string culture, int page) => new(Text, culture)
    {
        Filters = new Dictionary<string, IReadOnlyList<string>>(Facets.Where(f => f.Value.Count > 0))
        {
            [ContentFields.Type] = ["association"],
            [ContentFields.Ancestor] = [directory.ToString()],
        },
        Facets = FacetKeys.Select(f => f.Field).ToList(),
        Sort = ByName ? ContentSort.Name : ContentSort.Relevance,
        Skip = (page - 1) * PageSize,
        Take = PageSize,
        Highlight = false,
    };
}

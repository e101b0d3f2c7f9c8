using System.Text.RegularExpressions;
using Participation.Cms.ContentTypes;
using Participation.Cms.PropertyEditors;

namespace Participation.Cms.DeliveryApi.Querying;

/// <summary>
/// Reads <c>fetch</c>, <c>filter</c> and <c>sort</c> as Umbraco does: case-insensitive prefixes, the first unknown
/// option is a 400 with Umbraco's wire text. Where Umbraco quietly matches everything (an unreadable date) or throws,
/// this answers 400 with a detail that says what to send.
/// </summary>
internal static partial class QuerySyntax
{
    public static ContentQuery Parse(string? fetch, IEnumerable<string?> filters, IEnumerable<string?> sorts, IReadOnlyDictionary<string, ContentType> types, PropertyEditorCollection editors, TimeZoneInfo zone)
    {
        var properties = FilterableProperties(types, editors);
        return new ContentQuery(
            Selector(fetch),
            filters.Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => Filter(f!, properties, zone)).ToList(),
            sorts.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => Sort(s!, properties)).ToList());
    }

    public static Selector Selector(string? fetch)
    {
        if (string.IsNullOrWhiteSpace(fetch))
        {
            return Querying.Selector.All;
        }

        foreach (var (prefix, kind) in new[] { ("ancestors:", SelectorKind.Ancestors), ("children:", SelectorKind.Children), ("descendants:", SelectorKind.Descendants) })
        {
            if (fetch.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return new Selector(kind, fetch[prefix.Length..].Trim());
            }
        }

        throw DeliveryQueryException.Selector();
    }

    private static ContentFilter Filter(string filter, IReadOnlyDictionary<string, (string Alias, QueryValueKind Kind)> properties, TimeZoneInfo zone)
    {
        if (Take(filter, "contentType:") is { } types)
        {
            var negate = types.StartsWith('!');
            return new ContentTypeFilter(List(negate ? types[1..] : types).ToHashSet(StringComparer.Ordinal), negate);
        }

        if (Take(filter, "q:") is { } text)
        {
            return text.Trim() is { Length: > 0 } words
                ? new TextFilter(words)
                : throw BadValue("'q' takes the words to search for, as in q:kumppanuuspöytä.");
        }

        if (Take(filter, "name:") is { } names)
        {
            var negate = names.StartsWith('!');
            return new NameFilter(List(negate ? names[1..] : names), negate);
        }

        if (Comparing().Match(filter) is not { Success: true } match)
        {
            throw DeliveryQueryException.Filter();
        }

        var field = match.Groups["field"].Value;
        var op = Op(match.Groups["op"].Value);
        var value = match.Groups["value"].Value.Trim();
        foreach (var date in new[] { "createDate", "updateDate" })
        {
            if (field.Equals(date, StringComparison.OrdinalIgnoreCase))
            {
                return DateFilter.TryParse(value, out var from, out var until)
                    ? new DateFilter(date, op, from, until)
                    : throw BadValue($"'{date}' takes an ISO date (yyyy-MM-dd) or date-time (yyyy-MM-ddTHH:mm:ssZ).");
            }
        }

        if (!properties.TryGetValue(field, out var property))
        {
            throw DeliveryQueryException.Filter();
        }

        return PropertyFilter(property.Alias, property.Kind, op, value, zone);
    }

    private static PropertyFilter PropertyFilter(string alias, QueryValueKind kind, Comparison op, string value, TimeZoneInfo zone)
    {
        var negate = kind == QueryValueKind.Text && value.StartsWith('!');
        var texts = List(negate ? value[1..] : value);
        switch (kind)
        {
            case QueryValueKind.Text when op != Comparison.Equal:
                throw BadValue($"'{alias}' is text: filter it with ':' (one of several values, comma-separated) or ':!' (none of them).");
            case QueryValueKind.Text:
                return new PropertyFilter(alias, kind, op, negate, texts, default, default, 0);
            case QueryValueKind.Flag when op != Comparison.Equal || value is not ("true" or "false"):
                throw BadValue($"'{alias}' is true or false: write {alias}:true or {alias}:false.");
            case QueryValueKind.Flag:
                return new PropertyFilter(alias, kind, op, false, [value], default, default, 0);
            case QueryValueKind.Number:
                return PropertyValues.TryNumber(value, out var number)
                    ? new PropertyFilter(alias, kind, op, false, [value], default, default, number)
                    : throw BadValue($"'{alias}' is a number: write it with digits and a '.' for decimals.");
            default:
                return WallClockDay(value, kind == QueryValueKind.Moment ? zone : TimeZoneInfo.Utc, out var from, out var until)
                    || DateFilter.TryParse(value, out from, out until)
                    ? new PropertyFilter(alias, kind, op, false, [value], from, until, 0)
                    : throw BadValue($"'{alias}' takes an ISO date (yyyy-MM-dd) or date-time (yyyy-MM-ddTHH:mm:ssZ).");
        }
    }

    /// <summary>A plain date on a date-time property is a day on the site's clock, as residents read event dates.</summary>
    private static bool WallClockDay(string text, TimeZoneInfo zone, out DateTime from, out DateTime until)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
        {
            from = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), zone);
            until = TimeZoneInfo.ConvertTimeToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);
            return true;
        }

        from = until = default;
        return false;
    }

    private static ContentSort Sort(string sort, IReadOnlyDictionary<string, (string Alias, QueryValueKind Kind)> properties)
    {
        var colon = sort.IndexOf(':');
        if (colon < 0)
        {
            throw DeliveryQueryException.Sort();
        }

        var field = sort[..colon];

        // Umbraco's handlers compare the direction case-sensitively: only a value starting "asc" is ascending.
        var ascending = sort[(colon + 1)..].StartsWith("asc", StringComparison.Ordinal);
        foreach (var standard in new[] { "createDate", "updateDate", "level", "sortOrder", "name" })
        {
            if (field.Equals(standard, StringComparison.OrdinalIgnoreCase))
            {
                return new ContentSort(standard, ascending, IsProperty: false);
            }
        }

        return properties.TryGetValue(field, out var property) && property.Kind != QueryValueKind.Flag
            ? new ContentSort(property.Alias, ascending, IsProperty: true)
            : throw DeliveryQueryException.Sort();
    }

    private static string? Take(string value, string prefix) =>
        value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? value[prefix.Length..] : null;

    private static List<string> List(string value) => value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    private static Comparison Op(string op) => op switch
    {
        ">" => Comparison.Greater,
        ">:" => Comparison.GreaterOrEqual,
        "<" => Comparison.Less,
        "<:" => Comparison.LessOrEqual,
        _ => Comparison.Equal,
    };

    private static DeliveryQueryException BadValue(string detail) => new("Filter value not valid", detail);

    /// <summary>Every property whose editor compares, by alias ignoring case; the first type that has it decides.</summary>
    private static Dictionary<string, (string Alias, QueryValueKind Kind)> FilterableProperties(IReadOnlyDictionary<string, ContentType> types, PropertyEditorCollection editors)
    {
        var found = new Dictionary<string, (string, QueryValueKind)>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in types.Values.Where(t => !t.IsElement).OrderBy(t => t.Alias, StringComparer.Ordinal).SelectMany(t => t.Properties))
        {
            if (editors.Contains(property.Editor) && editors.Get(property.Editor).QueryKind is { } kind)
            {
                found.TryAdd(property.Alias, (property.Alias, kind));
            }
        }

        return found;
    }

    [GeneratedRegex(@"^(?<field>[A-Za-z][A-Za-z0-9_]*)(?<op>>:|<:|>|<|:)(?<value>.*)$", RegexOptions.Singleline)]
    private static partial Regex Comparing();
}

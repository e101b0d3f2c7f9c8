using System.Globalization;
using Participation.Cms.PublishedCache;
using Participation.Cms.PropertyEditors;

namespace Participation.Cms.DeliveryApi.Querying;

/// <summary>
/// The site's additions to Umbraco's query: any property of a filterable editor can be filtered
/// (<c>municipality:Kouvola</c>, <c>startTime&gt;:2026-05-01</c>) and sorted (<c>startTime:asc</c>). Standard names
/// come first, so an alias never hides <c>name</c> or <c>createDate</c>.
/// </summary>
internal static class PropertyValues
{
    /// <summary>The value as something comparable: a string, a UTC DateTime, a decimal or a bool; null when unset.</summary>
    public static IComparable? Comparable(object? model) => model switch
    {
        string s when s.Length > 0 => s,
        string[] { Length: > 0 } list => list[0],
        DateTimeOffset moment => moment.UtcDateTime,
        DateOnly day => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        int i => (decimal)i,
        long l => (decimal)l,
        decimal d => d,
        double d => (decimal)d,
        bool b => b,
        _ => null,
    };

    public static IEnumerable<string> Texts(object? model) => model switch
    {
        string s => [s],
        string[] list => list,
        _ => [],
    };

    public static object? Value(PublishedContent item, string alias, string culture) =>
        item.ContentType.GetProperty(alias) is null ? null : item.Value(alias, culture);

    public static bool TryNumber(string text, out decimal number) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out number);
}

/// <summary>A filter on a property value; see <see cref="PropertyValues"/>.</summary>
internal sealed record PropertyFilter(string Alias, QueryValueKind Kind, Comparison Op, bool Negate, IReadOnlyList<string> Texts, DateTime From, DateTime Until, decimal Number)
    : ContentFilter
{
    public override string Key => FormattableString.Invariant($"p.{Alias}{Op}{(Negate ? "!" : "")}{string.Join(',', Texts)}");

    public override bool Matches(PublishedContent item, string culture)
    {
        var model = PropertyValues.Value(item, Alias, culture);
        return Kind switch
        {
            QueryValueKind.Text => PropertyValues.Texts(model).Any(v => Texts.Any(t => string.Equals(v, t, StringComparison.OrdinalIgnoreCase))) != Negate,
            QueryValueKind.Flag => model is bool b && b == (Texts[0] == "true"),
            QueryValueKind.Number => PropertyValues.Comparable(model) is decimal d && NumberMatches(d),
            _ => PropertyValues.Comparable(model) is DateTime t && DateFilter.Compare(t, Op, From, Until),
        };
    }

    private bool NumberMatches(decimal value) => Op switch
    {
        Comparison.Equal => value == Number,
        Comparison.Greater => value > Number,
        Comparison.GreaterOrEqual => value >= Number,
        Comparison.Less => value < Number,
        _ => value <= Number,
    };
}

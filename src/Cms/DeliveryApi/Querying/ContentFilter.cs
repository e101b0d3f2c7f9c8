using System.Globalization;
using Participation.Cms.PublishedCache;

namespace Participation.Cms.DeliveryApi.Querying;

/// <summary>One <c>filter</c> value; several are combined with AND, the values inside one with OR.</summary>
internal abstract record ContentFilter
{
    public abstract string Key { get; }

    public abstract bool Matches(PublishedContent item, string culture);
}

/// <summary><c>contentType:a,b</c> (exact, case-sensitive) and <c>contentType:!a,b</c> (neither).</summary>
internal sealed record ContentTypeFilter(IReadOnlySet<string> Aliases, bool Negate) : ContentFilter
{
    public override string Key => $"type{(Negate ? "!" : ":")}{string.Join(',', Aliases.Order(StringComparer.Ordinal))}";

    public override bool Matches(PublishedContent item, string culture) => Aliases.Contains(item.ContentTypeAlias) != Negate;
}

/// <summary><c>name:text</c>: the name in the culture contains the text, ignoring case; <c>!</c> negates.</summary>
internal sealed record NameFilter(IReadOnlyList<string> Terms, bool Negate) : ContentFilter
{
    public override string Key => $"name{(Negate ? "!" : ":")}{string.Join(',', Terms)}";

    public override bool Matches(PublishedContent item, string culture)
    {
        var name = item.Name(culture);
        return Terms.Any(t => name.Contains(t, StringComparison.OrdinalIgnoreCase)) != Negate;
    }
}

/// <summary>
/// <c>createDate</c> / <c>updateDate</c> with a comparison. A date without a time compares by the whole UTC day, so
/// <c>createDate:2026-05-01</c> means "on that day" and <c>createDate&gt;2026-05-01</c> "after that day".
/// </summary>
internal sealed record DateFilter(string Field, Comparison Op, DateTime From, DateTime Until) : ContentFilter
{
    public override string Key => FormattableString.Invariant($"{Field}{Op}{From.Ticks}-{Until.Ticks}");

    public override bool Matches(PublishedContent item, string culture) =>
        Compare(Field == "createDate" ? item.CreateDate : item.UpdateDate, Op, From, Until);

    /// <summary>[From, Until) is the instant or day the filter names.</summary>
    public static bool Compare(DateTime value, Comparison op, DateTime from, DateTime until) => op switch
    {
        Comparison.Equal => value >= from && value < until,
        Comparison.Greater => value >= until,
        Comparison.GreaterOrEqual => value >= from,
        Comparison.Less => value < from,
        _ => value < until,
    };

    /// <summary>ISO dates only (not the server's culture, as in Umbraco); false for anything else.</summary>
    public static bool TryParse(string text, out DateTime from, out DateTime until)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            from = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            until = from.AddDays(1);
            return true;
        }

        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var moment)
            && text.Length >= 16 && text[4] == '-' && text[10] == 'T')
        {
            from = DateTime.SpecifyKind(moment, DateTimeKind.Utc);
            until = from.AddSeconds(1);
            return true;
        }

        from = until = default;
        return false;
    }
}

/// <summary>
/// <c>q:words</c>, this site's full-text filter: what the content index finds for the words in the request's culture
/// (inflected Finnish forms, typos), best first unless a sort is given. The runner narrows the candidates to the index's
/// hits before any filter runs, so this one has nothing left to test. The index holds published text: a preview
/// request matches what is public.
/// </summary>
internal sealed record TextFilter(string Text) : ContentFilter
{
    public override string Key => $"q:{Text}";

    public override bool Matches(PublishedContent item, string culture) => true;
}

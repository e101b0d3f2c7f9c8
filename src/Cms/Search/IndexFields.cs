namespace Participation.Cms.Search;

/// <summary>
/// Names of the fields every index has. Full text lands in <c>{name}.{culture}</c> (analysed with the culture's stemmer),
/// and all of a document's full text also in <c>exact.{culture}</c> and <c>grams.{culture}</c> when its language has them.
/// </summary>
public static class IndexFields
{
    public const string Id = "__id";
    public const string Stamp = "__stamp";
    public const string Culture = "__culture";

    public static string Text(string name, string culture) => $"{name}.{culture}";

    public static string Exact(string culture) => $"exact.{culture}";

    public static string Grams(string culture) => $"grams.{culture}";

    /// <summary>Lower-cased words as written (ä/ö kept): where "did you mean" finds its suggestions.</summary>
    public static string Spell(string culture) => $"spell.{culture}";

    /// <summary>The culture a per-culture field belongs to, or null for a plain field.</summary>
    public static string? CultureOf(string field) => field.LastIndexOf('.') is var dot and > 0 ? field[(dot + 1)..] : null;

    public static bool IsExact(string field) => field.StartsWith("exact.", StringComparison.Ordinal);

    public static bool IsSpell(string field) => field.StartsWith("spell.", StringComparison.Ordinal);

    public static bool IsGrams(string field) => field.StartsWith("grams.", StringComparison.Ordinal);
}

namespace Participation.Cms.ContentTypes;

/// <summary>
/// A type's, group's or property's name and description in one backoffice language other than the one written in
/// <c>Name</c> (the site's default language). Kept beside the names in <c>umbraco-data</c>, so a type and its texts
/// travel together.
/// </summary>
public sealed record LocalizedText
{
    public string Name { get; init; } = "";

    public string Description { get; init; } = "";

    internal static readonly IReadOnlyDictionary<string, LocalizedText> None = new Dictionary<string, LocalizedText>();

    /// <summary>The text in <paramref name="language"/>, or the default-language one when it has none.</summary>
    internal static string Pick(IReadOnlyDictionary<string, LocalizedText> translations, string language, Func<LocalizedText, string> part, string fallback) =>
        translations.TryGetValue(language, out var text) && part(text) is { Length: > 0 } found ? found : fallback;
}

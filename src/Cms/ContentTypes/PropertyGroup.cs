namespace Participation.Cms.ContentTypes;

public sealed record PropertyGroup
{
    public required string Alias { get; init; }

    public required string Name { get; init; }

    /// <summary>Names and descriptions in other backoffice languages, by two-letter language ("en").</summary>
    public IReadOnlyDictionary<string, LocalizedText> Translations { get; init; } = LocalizedText.None;

    public string NameIn(string language) => LocalizedText.Pick(Translations, language, t => t.Name, Name);

    public IReadOnlyList<PropertyType> Properties { get; init; } = [];
}

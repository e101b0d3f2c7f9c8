using System.Text.Json.Nodes;

namespace Participation.Cms.ContentTypes;

public sealed record PropertyType
{
    public required string Alias { get; init; }

    public required string Name { get; init; }

    public string Description { get; init; } = "";

    /// <summary>Names and descriptions in other backoffice languages, by two-letter language ("en").</summary>
    public IReadOnlyDictionary<string, LocalizedText> Translations { get; init; } = LocalizedText.None;

    public string NameIn(string language) => LocalizedText.Pick(Translations, language, t => t.Name, Name);

    public string DescriptionIn(string language) => LocalizedText.Pick(Translations, language, t => t.Description, Description);

    /// <summary>The property editor alias, e.g. <c>Umbraco.TextBox</c>.</summary>
    public required string Editor { get; init; }

    public JsonObject Config { get; init; } = [];

    public bool Mandatory { get; init; }

    public string? Regex { get; init; }

    public bool VariesByCulture { get; init; }
}

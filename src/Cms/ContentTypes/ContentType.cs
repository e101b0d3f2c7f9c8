using System.Text.Json.Serialization;

namespace Participation.Cms.ContentTypes;

/// <summary>A document or element type, as defined in <c>umbraco-data/content-types</c> and edited by admins.</summary>
public sealed record ContentType
{
    public required string Alias { get; init; }

    public required string Name { get; init; }

    public string Description { get; init; } = "";

    /// <summary>Names and descriptions in other backoffice languages, by two-letter language ("en").</summary>
    public IReadOnlyDictionary<string, LocalizedText> Translations { get; init; } = LocalizedText.None;

    public string NameIn(string language) => LocalizedText.Pick(Translations, language, t => t.Name, Name);

    public string DescriptionIn(string language) => LocalizedText.Pick(Translations, language, t => t.Description, Description);

    public string Icon { get; init; } = "icon-document";

    public bool IsElement { get; init; }

    public bool AllowedAtRoot { get; init; }

    public bool VariesByCulture { get; init; }

    /// <summary>
    /// Writers may create and edit items of this type (as drafts; publishing stays with editors). Data, not code,
    /// so admins decide it per type in the content-type editor; read by ContentAuthorizationHandler.
    /// </summary>
    public bool WritersMayEdit { get; init; }

    public IReadOnlyList<string> AllowedChildren { get; init; } = [];

    public IReadOnlyList<PropertyGroup> Groups { get; init; } = [];

    /// <summary>Rules between properties, checked on every save (<see cref="ContentRule"/>).</summary>
    public IReadOnlyList<ContentRule> Rules { get; init; } = [];

    [JsonIgnore]
    public IEnumerable<PropertyType> Properties => Groups.SelectMany(g => g.Properties);

    public PropertyType? GetProperty(string alias) =>
        Properties.FirstOrDefault(p => string.Equals(p.Alias, alias, StringComparison.Ordinal));

    /// <summary>A property varies only when its type does too: an invariant type has one value per property.</summary>
    public bool PropertyVaries(PropertyType property) => VariesByCulture && property.VariesByCulture;
}

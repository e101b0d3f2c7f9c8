namespace Participation.Cms.ContentTypes;

public sealed record PropertyGroup
{
    public required string Alias { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<PropertyType> Properties { get; init; } = [];
}

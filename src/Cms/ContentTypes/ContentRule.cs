namespace Participation.Cms.ContentTypes;

/// <summary>
/// A rule between two properties of a type, declared with the type in <c>umbraco-data</c> (<c>"rules": [{ "property":
/// "endTime", "notBefore": "startTime" }]</c>): an event cannot end before it starts, a period cannot close before it
/// opens. Both properties must compare the same way (two dates, two moments or two numbers); empty values pass.
/// </summary>
public sealed record ContentRule
{
    /// <summary>The property the message is shown beside.</summary>
    public required string Property { get; init; }

    /// <summary>The property whose value <see cref="Property"/> may not be less than.</summary>
    public required string NotBefore { get; init; }
}

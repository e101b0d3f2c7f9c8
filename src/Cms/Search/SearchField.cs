namespace Participation.Cms.Search;

/// <summary>One value of one field; a field given several values is multi-valued.</summary>
public sealed record SearchField(string Name, FieldKind Kind, string Text, long Number = 0);

namespace Participation.Cms.PropertyEditors;

/// <summary>One choice of a picker: the value posted and stored, and the label an editor reads.</summary>
public sealed record PickerOption(string Value, string Label);

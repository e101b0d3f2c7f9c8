namespace Participation.Cms.PropertyEditors;

/// <summary>One choice of a picker: the value posted and stored, the label an editor reads, and for an image a small picture of it.</summary>
public sealed record PickerOption(string Value, string Label, string? Thumbnail = null);

namespace Participation.Cms.PropertyEditors;

public sealed record FocalPoint(double Left, double Top);

/// <summary>One picked media item with the focal point chosen for this use of it.</summary>
public sealed record MediaPick(Guid MediaKey, FocalPoint? FocalPoint);

namespace Participation.Cms.Notifications;

/// <summary>A change to one node of the content or media tree.</summary>
public abstract record ContentNotification(Guid Key) : INotification;

public sealed record ContentSaved(Guid Key) : ContentNotification(Key);

public sealed record ContentPublished(Guid Key, IReadOnlyList<string> Cultures) : ContentNotification(Key);

public sealed record ContentUnpublished(Guid Key, IReadOnlyList<string> Cultures) : ContentNotification(Key);

/// <summary>A node moved (or was trashed or restored): its descendants' routes change with it.</summary>
public sealed record ContentMoved(Guid Key) : ContentNotification(Key);

/// <summary>A node took a new place among its siblings; nothing below it changes.</summary>
public sealed record ContentSorted(Guid Key) : ContentNotification(Key);

public sealed record ContentDeleted(Guid Key) : ContentNotification(Key);

public sealed record MediaSaved(Guid Key) : ContentNotification(Key);

public sealed record ContentTypeSaved(string Alias) : INotification;

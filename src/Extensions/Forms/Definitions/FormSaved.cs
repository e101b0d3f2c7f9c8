using Participation.Cms.Notifications;

namespace Participation.Extensions.Forms.Definitions;

/// <summary>A form definition was created, changed or deleted: every node drops its parsed copy.</summary>
public sealed record FormSaved(Guid FormId) : INotification;

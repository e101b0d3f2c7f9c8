namespace Participation.Cms.Notifications;

/// <summary>A handler that failed on this node and waits for its retry: shown in the backoffice and logged.</summary>
public sealed record HandlerFailure(string Handler, long InstructionId, int Attempts, string Error, DateTimeOffset RetryAt);

namespace Participation.Extensions.Forms.Workflows;

/// <summary>
/// Work an add-on puts into the forms outbox that is not one of a form's workflows (a registration's confirmation with
/// its calendar file, a booking decision): it is written in the add-on's own transaction with
/// <see cref="WorkflowQueue.EnqueueTask"/>, and claimed, retried with backoff and shown as failing exactly like a
/// form's workflow. The handler reads what it needs from <see cref="WorkflowTask.Payload"/>.
/// </summary>
public interface IOutboxTaskHandler
{
    /// <summary>Stored as <see cref="WorkflowTask.WorkflowType"/>; must not be one of <see cref="Definitions.WorkflowTypes"/>.</summary>
    string Type { get; }

    /// <summary>Does the work or throws; returns a note when there was nothing to do, which is not a failure.</summary>
    Task<string?> RunAsync(WorkflowTask task, CancellationToken cancellationToken);
}

namespace Participation.Extensions.Forms.Definitions;

/// <summary>
/// Something done with an entry after it is stored: e-mail, a signed post to a URL, a change of state. Runs from the
/// durable outbox, once for the cluster, so a mail server that is down delays a mail but never loses the entry.
/// </summary>
public sealed record FormWorkflow
{
    public Guid Id { get; init; }

    public string Name { get; init; } = "";

    /// <summary>One of <see cref="WorkflowTypes"/>.</summary>
    public string Type { get; init; } = WorkflowTypes.SendEmail;

    /// <summary>When it runs: on submit, on approve or on reject (Umbraco Forms' stages).</summary>
    public WorkflowStage Stage { get; init; } = WorkflowStage.Submit;

    /// <summary>Per type: <c>to</c>, <c>subject</c>, <c>message</c>, <c>replyTo</c> for mail; <c>url</c> for posts; <c>state</c> for changes. Values may hold <c>{alias}</c> placeholders.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    public string? Setting(string name) => Settings.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
}

public enum WorkflowStage
{
    Submit,
    Approve,
    Reject,
}

public static class WorkflowTypes
{
    public const string SendEmail = "sendEmail";
    public const string PostToUrl = "postToUrl";
    public const string ChangeState = "changeState";

    public static readonly IReadOnlyList<string> All = [SendEmail, PostToUrl, ChangeState];
}

namespace Participation.Extensions.Forms.Builder;

/// <summary>
/// The keys that tie a builder message to its input: the page shows the message next to the input whose id is made from
/// the same key (<c>BackofficeIds.Field(key)</c>), and the error summary links to it.
/// </summary>
public static class BuilderKeys
{
    /// <summary>The form as a whole: a stale version, a form that cannot be deleted.</summary>
    public const string Form = "form";

    public static string Page(Guid id) => $"page-{id:N}";

    public static string Fieldset(Guid id) => $"fieldset-{id:N}";

    public static string Field(Guid id, string input) => $"field-{id:N}-{input}";

    public static string Workflow(Guid id, string input) => $"workflow-{id:N}-{input}";
}

using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Entries;

namespace Participation.Extensions.Forms.Workflows;

/// <summary>One claimed row with what it needs: its form, its workflow's settings and the entry as stored.</summary>
internal sealed record WorkflowRun(WorkflowTask Task, FormDefinition Form, FormWorkflow Workflow, FormEntry Entry)
{
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Values { get; } = FormSubmissions.ReadValues(Entry.Values);
}

using Participation.Extensions.Forms.Definitions;

namespace Participation.Web.Tests.Forms;

/// <summary>Small one-page forms for workflows the seeded forms do not have.</summary>
internal static class TestForms
{
    public static FormDefinition Form(string alias, IReadOnlyList<FormField> fields, params FormWorkflow[] workflows) => new()
    {
        Id = Guid.NewGuid(),
        Alias = alias,
        Name = "Testilomake " + alias,
        Pages = [new FormPage { Id = Guid.NewGuid(), Fieldsets = [new FormFieldset { Id = Guid.NewGuid(), Columns = [new FormColumn { Fields = fields }] }] }],
        Workflows = workflows,
    };

    public static FormField Field(string alias, string type, params PreValue[] preValues) =>
        new() { Id = Guid.NewGuid(), Alias = alias, Caption = alias, Type = type, PreValues = preValues };

    public static FormWorkflow Workflow(string type, WorkflowStage stage, params (string Name, string Value)[] settings) => new()
    {
        Id = Guid.NewGuid(),
        Name = type + " " + stage,
        Type = type,
        Stage = stage,
        Settings = settings.ToDictionary(s => s.Name, s => s.Value),
    };
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Participation.Extensions.Forms.Backoffice;
using Participation.Extensions.Forms.Builder;
using Participation.Extensions.Forms.Definitions;

namespace Participation.Extensions.Backoffice.Pages.Forms;

/// <summary>A form's workflows: listed with their stage, added one at a time, deleted after a confirmation.</summary>
[Authorize(Policy = FormsPolicies.BuildForms)]
public sealed class WorkflowsModel(FormBuilder builder) : BuilderPageModel(builder)
{
    public const string AddPrefix = "add-workflow-";

    private static readonly string[] SettingNames = ["to", "replyTo", "subject", "message", "url", "state"];

    public Guid? Deleting { get; private set; }

    public WorkflowInput Input { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, Guid? delete)
    {
        if (!await LoadAsync(id, done))
        {
            return NotFound();
        }

        Deleting = delete;
        return Page();
    }

    public Task<IActionResult> OnPostAddAsync(Guid id, long version, WorkflowInput input)
    {
        Input = input;
        var workflow = new FormWorkflow
        {
            Id = Guid.NewGuid(),
            Name = input.Name?.Trim() ?? "",
            Type = input.Type ?? "",
            Stage = input.Stage,
            Settings = SettingNames.Select(n => (Name: n, Value: input.Settings.GetValueOrDefault(n)?.Trim()))
                .Where(s => !string.IsNullOrEmpty(s.Value)).ToDictionary(s => s.Name, s => s.Value!),
        };
        return ChangeAsync(id, version, f => f with { Workflows = [.. f.Workflows, workflow] }, errorKey: Rename(BuilderKeys.Workflow(workflow.Id, ""), AddPrefix));
    }

    public Task<IActionResult> OnPostDeleteAsync(Guid id, long version, Guid item) =>
        ChangeAsync(id, version, f => f.Workflows.Any(w => w.Id == item) ? f with { Workflows = f.Workflows.Where(w => w.Id != item).ToList() } : null);
}

/// <summary>The add-a-workflow form; each type reads only its own settings.</summary>
public sealed class WorkflowInput
{
    public string? Name { get; set; }

    public string? Type { get; set; } = WorkflowTypes.SendEmail;

    public WorkflowStage Stage { get; set; }

    public Dictionary<string, string?> Settings { get; set; } = [];
}

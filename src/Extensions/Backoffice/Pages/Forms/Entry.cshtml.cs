using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Participation.Extensions.Forms.Backoffice;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Forms.Workflows;
using Participation.Extensions.Persistence;

namespace Participation.Extensions.Backoffice.Pages.Forms;

/// <summary>One entry: every answer under its question, its uploads, and what its workflows did.</summary>
public sealed class EntryModel(FormCatalog forms, ExtensionsDatabase database, IAuthorizationService authorization) : PageModel
{
    public FormEntry Entry { get; private set; } = null!;

    public FormDefinition? Form { get; private set; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Values { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyList<FormEntryFile> Files { get; private set; } = [];

    public IReadOnlyList<WorkflowTask> Workflows { get; private set; } = [];

    public bool MayManage { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        await using var db = database.CreateContext();
        if (await db.Set<FormEntry>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken) is not { } entry)
        {
            return NotFound();
        }

        Entry = entry;
        Form = await forms.GetAsync(entry.FormId, cancellationToken);
        Values = FormSubmissions.ReadValues(entry.Values);
        Files = await db.Set<FormEntryFile>().AsNoTracking().Where(f => f.EntryId == id).OrderBy(f => f.FileName).ToListAsync(cancellationToken);
        Workflows = await db.Set<WorkflowTask>().AsNoTracking().Where(t => t.EntryId == id).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        MayManage = await authorization.MayManageEntriesAsync(User);
        return Page();
    }

    public bool Shows(FormField field) => MayManage || !field.ContainsSensitiveData;

    public string WorkflowName(WorkflowTask task) =>
        Form?.Workflows.FirstOrDefault(w => w.Id == task.WorkflowId)?.Name is { Length: > 0 } name ? name : task.WorkflowType;
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Extensions.Forms.Backoffice;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Entries;

namespace Participation.Extensions.Backoffice.Pages.Forms;

/// <summary>A form's entries, 50 a page, newest first, filtered; the first three questions as columns (Umbraco's default).</summary>
public sealed class EntriesModel(FormCatalog forms, EntryQuery query, FormStatistics statistics, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "")]
    public EntryFilterForm Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public FormDefinition Form { get; private set; } = null!;

    public IReadOnlyList<FormField> Columns { get; private set; } = [];

    public EntryPage Entries { get; private set; } = null!;

    public IReadOnlyList<FormStatistics.Day> Daily { get; private set; } = [];

    public bool MayManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid formId)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await forms.GetAsync(formId, cancellationToken) is not { } form)
        {
            return NotFound();
        }

        Form = form;
        MayManage = await authorization.MayManageEntriesAsync(User);
        Columns = form.Fields.Where(f => f.TakesValue).Take(3).ToList();
        Entries = await query.PageAsync(form, Filter.ToFilter(), MayManage, PageNumber, cancellationToken);
        Daily = await statistics.DailyAsync(form.Id, cancellationToken);
        return Page();
    }
}

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Extensions.Forms.Backoffice;
using Participation.Extensions.Forms.DataSubjects;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Entries;

namespace Participation.Extensions.Backoffice.Pages.Forms;

/// <summary>
/// A person's entries across forms, found by their e-mail address, to copy out or erase. Every step is a POST, so the
/// address never lands in an address bar, the browser history or an access log.
/// </summary>
[Authorize(Policy = FormsPolicies.ManageEntries)]
public sealed class DataSubjectsModel(DataSubjectRequests requests, FormCatalog forms) : PageModel
{
    [BindProperty]
    [EmailAddress]
    public string? Email { get; set; }

    [BindProperty]
    public bool Confirm { get; set; }

    public IReadOnlyList<FormEntry>? Entries { get; private set; }

    public IReadOnlyDictionary<Guid, string> FormNames { get; private set; } = new Dictionary<Guid, string>();

    public int? Erased { get; private set; }

    public bool ConfirmMissing { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostSearchAsync()
    {
        await SearchAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostExportAsync()
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            return Page();
        }

        var json = await requests.ExportAsync(Email, User.Identity!.Name!, HttpContext.RequestAborted);
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(json, "application/json", "entries.json");
    }

    public async Task<IActionResult> OnPostEraseAsync()
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            return Page();
        }

        if (!Confirm)
        {
            ConfirmMissing = true;
            await SearchAsync();
            return Page();
        }

        Erased = await requests.EraseAsync(Email, User.Identity!.Name!, HttpContext.RequestAborted);
        Entries = [];
        return Page();
    }

    private async Task SearchAsync()
    {
        if (string.IsNullOrWhiteSpace(Email) || !ModelState.IsValid)
        {
            return;
        }

        Entries = await requests.FindAsync(Email, HttpContext.RequestAborted);
        FormNames = (await forms.ListAsync(HttpContext.RequestAborted)).ToDictionary(f => f.Id, f => f.Name);
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Extensions.Forms.Backoffice;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Export;

namespace Participation.Extensions.Backoffice.Pages.Forms;

/// <summary>The entries list's filtered entries as a file: <c>format=csv|xlsx</c>, <c>delimiter=comma|semicolon</c> for CSV.</summary>
[Authorize(Policy = FormsPolicies.ManageEntries)]
public sealed class ExportModel(FormCatalog forms, EntryExports exports, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "")]
    public EntryFilterForm Filter { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid formId, string? format, string? delimiter)
    {
        if (await forms.GetAsync(formId, HttpContext.RequestAborted) is not { } form)
        {
            return NotFound();
        }

        // The page's policy already requires it; asked again so the sensitive columns depend on one rule, not on this page's attribute.
        var sensitive = await authorization.MayManageEntriesAsync(User);
        var file = await exports.ExportAsync(form, Filter.ToFilter(), format == "xlsx" ? "xlsx" : "csv", delimiter == "semicolon" ? ';' : ',', sensitive, User.Identity!.Name!, HttpContext.RequestAborted);
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(file.Content, file.ContentType, file.FileName);
    }
}

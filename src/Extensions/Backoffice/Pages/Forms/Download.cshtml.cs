using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Participation.Extensions.Forms.Backoffice;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Forms.Uploads;
using Participation.Extensions.Persistence;

namespace Participation.Extensions.Backoffice.Pages.Forms;

/// <summary>
/// An entry's uploaded file, for editors and admins only (uploads are personal data whatever the field says). Always an
/// attachment with nosniff and a sandboxing CSP, so a visitor's file never runs as a page on the backoffice's origin.
/// </summary>
[Authorize(Policy = FormsPolicies.ManageEntries)]
public sealed class DownloadModel(ExtensionsDatabase database, FormUploadStore uploads) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        await using var db = database.CreateContext();
        var file = await db.Set<FormEntryFile>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, HttpContext.RequestAborted);
        if (file is null || uploads.Open(file.StorageName) is not { } content)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        return File(content, file.ContentType, file.FileName);
    }
}

using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Participation.Cms.Persistence;

namespace Participation.Cms.Backoffice.Pages;

/// <summary>Who changed what and when, newest first.</summary>
public sealed class AuditModel(CmsDatabase database) : PageModel
{
    public IReadOnlyList<AuditRecord> Entries { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await using var db = database.CreateContext();
        Entries = await db.Audit.AsNoTracking().OrderByDescending(a => a.Id).Take(200).ToListAsync(HttpContext.RequestAborted);
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Participation.Cms.Backoffice.Editing;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Backoffice.Text;
using Participation.Cms.Content;
using Participation.Cms.Persistence;

namespace Participation.Cms.Backoffice.Pages.Content;

/// <summary>Every saved version of an item, a side-by-side comparison with the current draft, and rollback to any version.</summary>
[AuthorizeContent(nameof(ContentOperations.Edit))]
public sealed class HistoryModel(EditorStateLoader loader, CmsDatabase database, ContentService content, BackofficeText text) : PageModel
{
    public EditorState State { get; private set; } = null!;

    public IReadOnlyList<VersionRecord> Versions { get; private set; } = [];

    public VersionRecord? Compared { get; private set; }

    public IReadOnlyList<DocumentDiff.Row> Diff { get; private set; } = [];

    /// <summary>Versions made by a rollback, with the version they restored.</summary>
    public IReadOnlyDictionary<int, int> RolledBackFrom { get; private set; } = new Dictionary<int, int>();

    public async Task<IActionResult> OnGetAsync(Guid key, int? version)
    {
        if (await LoadAsync(key) is { } refused)
        {
            return refused;
        }

        Compared = Versions.FirstOrDefault(v => v.Id == version) ?? Versions.Skip(1).FirstOrDefault();
        if (Compared is not null)
        {
            Diff = DocumentDiff.Compare(ContentDocument.Parse(Compared.Document), State.Draft, State.Type, text);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRollbackAsync(Guid key, int version)
    {
        if (await LoadAsync(key) is { } refused)
        {
            return refused;
        }

        var target = Versions.FirstOrDefault(v => v.Id == version);
        if (target is null)
        {
            return NotFound();
        }

        await content.RollbackAsync(key, target.Id, User.Identity?.Name ?? "?", cancellationToken: HttpContext.RequestAborted);
        return Redirect($"/umbraco/content/{key}?saved=draft");
    }

    private async Task<IActionResult?> LoadAsync(Guid key)
    {
        var state = await loader.LoadAsync(key, HttpContext.RequestAborted);
        if (state is null)
        {
            return NotFound();
        }

        State = state;
        await using var db = database.CreateContext();
        Versions = await db.Versions.AsNoTracking().Where(v => v.NodeId == state.Node.Id).OrderByDescending(v => v.Id).Take(100).ToListAsync(HttpContext.RequestAborted);
        var rollbacks = await db.Audit.AsNoTracking().Where(a => a.NodeKey == key && a.Action == ContentService.RollbackAction && a.VersionId != null)
            .Select(a => new { a.VersionId, a.Detail }).ToListAsync(HttpContext.RequestAborted);
        RolledBackFrom = rollbacks.Where(r => int.TryParse(r.Detail, out _)).DistinctBy(r => r.VersionId).ToDictionary(r => r.VersionId!.Value, r => int.Parse(r.Detail!, System.Globalization.CultureInfo.InvariantCulture));
        return null;
    }
}

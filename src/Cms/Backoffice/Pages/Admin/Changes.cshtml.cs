using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Participation.Cms.Notifications;
using Participation.Cms.Persistence;
using Participation.Cms.Search;

namespace Participation.Cms.Backoffice.Pages.Admin;

/// <summary>
/// The change pipeline's health as this node sees it: how far it has applied the instruction log, which node-local
/// handlers are failing here, and the cluster-wide outbox work not yet done. Failures are otherwise only in the logs,
/// which an admin of a small site seldom reads.
/// </summary>
public sealed class ChangesModel(ChangeApplier applier, ChangeLog changeLog, CmsDatabase database, TimeProvider clock, ContentIndex searchIndex, SearchRebuilds rebuilds) : PageModel
{
    /// <summary>Enough to see what is stuck; the table is for people, not a queue browser.</summary>
    public const int OutboxRows = 50;

    public string Node => changeLog.Origin;

    public long AppliedThrough { get; private set; }

    public long Latest { get; private set; }

    public long Behind => Math.Max(0, Latest - AppliedThrough);

    public IReadOnlyList<HandlerFailure> Failures { get; private set; } = [];

    public IReadOnlyList<OutboxRecord> Outbox { get; private set; } = [];

    public bool Retried { get; private set; }

    /// <summary>This node's content index: documents, size, last change applied, how it opened at start.</summary>
    public IndexHealth Search => searchIndex.Index.Health();

    public SearchRebuilds Rebuild => rebuilds;

    public async Task OnGetAsync(bool retried)
    {
        Retried = retried;
        var cancellationToken = HttpContext.RequestAborted;
        // Read the position before the latest id, so a change committed in between shows as behind rather than ahead.
        AppliedThrough = applier.AppliedThrough;
        Latest = await changeLog.LatestIdAsync(cancellationToken);
        Failures = applier.Failures;
        await using var db = database.CreateContext();
        Outbox = await db.Outbox.AsNoTracking().Where(o => o.DoneAt == null).OrderByDescending(o => o.Id).Take(OutboxRows).ToListAsync(cancellationToken);
    }

    /// <summary>Rebuilds this node's search index from the published content, in the background; the page shows the progress.</summary>
    public IActionResult OnPostRebuildSearch()
    {
        rebuilds.Start();
        return RedirectToPage();
    }

    /// <summary>Makes a failing outbox row due now; the outbox processor picks it up on its next poll.</summary>
    public async Task<IActionResult> OnPostRetryAsync(long id)
    {
        await using var db = database.CreateContext();
        var now = clock.GetUtcNow().UtcDateTime;
        var updated = await db.Outbox.Where(o => o.Id == id && o.DoneAt == null)
            .ExecuteUpdateAsync(o => o.SetProperty(x => x.NextAttemptAt, now), HttpContext.RequestAborted);
        return updated == 0 ? NotFound() : RedirectToPage(new { retried = true });
    }
}

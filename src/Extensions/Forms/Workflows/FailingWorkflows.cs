using Microsoft.EntityFrameworkCore;
using Participation.Extensions.Persistence;

namespace Participation.Extensions.Forms.Workflows;

/// <summary>
/// Workflows that tried and failed and are not done yet, per form: Umbraco Forms leaves editors unaware of failed
/// mails (its issue #1408), so the Forms pages show these as an alert that links to the entries concerned.
/// </summary>
public sealed class FailingWorkflows(ExtensionsDatabase database)
{
    public sealed record FormFailures(Guid FormId, int Entries);

    public async Task<IReadOnlyList<FormFailures>> ByFormAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var rows = await db.Set<WorkflowTask>().Where(t => t.Attempts > 0 && t.DoneUtc == null)
            .Select(t => new { t.FormId, t.EntryId }).Distinct().ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.FormId).Select(g => new FormFailures(g.Key, g.Count())).ToList();
    }
}

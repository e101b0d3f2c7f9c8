using Microsoft.EntityFrameworkCore;
using Participation.Cms.Backoffice.Text;
using Participation.Cms.Content;
using Participation.Cms.Persistence;
using Participation.Cms.Site;
using Participation.Cms.Text;

namespace Participation.Cms.Backoffice.Editing;

/// <summary>
/// Writers' drafts waiting for an editor. A submission is an audit entry, and it stays pending until the item is
/// published after it, so the list needs no state of its own that could drift from what really happened.
/// </summary>
public sealed class Approvals(UnitOfWorkProvider unitOfWork, CmsDatabase database, SiteOptions site, EngineText engineText, BackofficeText text)
{
    public const string SubmitAction = "SubmitForApproval";

    public sealed record Pending(Guid Key, string Name, string Culture, string SubmittedBy, DateTime SubmittedAt);

    public Task SubmitAsync(Guid key, string culture, string user, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(null, async u =>
        {
            _ = await u.Db.GetNodeAsync(key, engineText, cancellationToken);
            u.Audit(user, SubmitAction, key, culture);
            return true;
        }, cancellationToken);

    /// <summary>The item's submission still waiting for an editor, if any: shown on the item so a writer sees it was sent.</summary>
    public async Task<Pending?> WaitingAsync(Guid key, string culture, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var submitted = await db.Audit.AsNoTracking().Where(a => a.Action == SubmitAction && a.NodeKey == key && a.Detail == culture)
            .OrderByDescending(a => a.Id).FirstOrDefaultAsync(cancellationToken);
        if (submitted is null || await db.Audit.AnyAsync(a => a.Action == "Publish" && a.NodeKey == key && a.Id > submitted.Id, cancellationToken))
        {
            return null;
        }

        return new Pending(key, "", culture, submitted.User, submitted.At);
    }

    /// <summary>Which of a page of items wait for an editor: sent for publishing after their last publish, in any culture.</summary>
    public async Task<IReadOnlySet<Guid>> WaitingAmongAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var last = await db.Audit.AsNoTracking()
            .Where(a => a.NodeKey != null && keys.Contains(a.NodeKey.Value) && (a.Action == SubmitAction || a.Action == "Publish"))
            .GroupBy(a => new { a.NodeKey, a.Action })
            .Select(g => new { g.Key.NodeKey, g.Key.Action, Id = g.Max(a => a.Id) })
            .ToListAsync(cancellationToken);
        var published = last.Where(l => l.Action == "Publish").ToDictionary(l => l.NodeKey!.Value, l => l.Id);
        return last.Where(l => l.Action == SubmitAction && l.Id > published.GetValueOrDefault(l.NodeKey!.Value)).Select(l => l.NodeKey!.Value).ToHashSet();
    }

    public async Task<IReadOnlyList<Pending>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var submissions = await db.Audit.AsNoTracking().Where(a => a.Action == SubmitAction).OrderByDescending(a => a.Id).Take(200).ToListAsync(cancellationToken);
        var keys = submissions.Select(s => s.NodeKey!.Value).Distinct().ToList();
        var lastPublished = await db.Audit.AsNoTracking()
            .Where(a => a.Action == "Publish" && a.NodeKey != null && keys.Contains(a.NodeKey.Value))
            .GroupBy(a => a.NodeKey!.Value)
            .Select(g => new { Key = g.Key, Id = g.Max(a => a.Id) })
            .ToDictionaryAsync(x => x.Key, x => x.Id, cancellationToken);
        var nodes = await db.Nodes.AsNoTracking().Where(n => keys.Contains(n.Key) && !n.Trashed)
            .Join(db.Versions.AsNoTracking(), n => n.DraftVersionId, v => v.Id, (n, v) => new { n.Key, v.Document })
            .ToDictionaryAsync(x => x.Key, x => x.Document, cancellationToken);
        return submissions
            .Where(s => nodes.ContainsKey(s.NodeKey!.Value) && s.Id > lastPublished.GetValueOrDefault(s.NodeKey!.Value))
            .DistinctBy(s => s.NodeKey)
            .Select(s => new Pending(s.NodeKey!.Value, BackofficeTree.NameOf(ContentDocument.Parse(nodes[s.NodeKey!.Value]), site.DefaultCulture, text["common.untitled"]), s.Detail ?? site.DefaultCulture, s.User, s.At))
            .ToList();
    }
}

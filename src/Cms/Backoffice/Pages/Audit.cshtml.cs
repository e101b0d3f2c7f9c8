using Participation.Cms.Site;
using Participation.Cms.Content;
using Participation.Cms.Backoffice.Text;
using Participation.Cms.Backoffice.Editing;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Participation.Cms.Persistence;

namespace Participation.Cms.Backoffice.Pages;

/// <summary>Who changed what and when, newest first, with the items named and linked and the actions in the editor's words.</summary>
public sealed class AuditModel(CmsDatabase database, SiteOptions site, BackofficeText text) : PageModel
{
    public IReadOnlyList<AuditRecord> Entries { get; private set; } = [];

    /// <summary>The name and backoffice address of each content or media item the entries name.</summary>
    public IReadOnlyDictionary<Guid, (string Name, string Url)> Items { get; private set; } = new Dictionary<Guid, (string, string)>();

    public async Task OnGetAsync()
    {
        await using var db = database.CreateContext();
        Entries = await db.Audit.AsNoTracking().OrderByDescending(a => a.Id).Take(200).ToListAsync(HttpContext.RequestAborted);
        var keys = Entries.Where(e => e.NodeKey is not null).Select(e => e.NodeKey!.Value).Distinct().ToList();
        var rows = await db.Nodes.AsNoTracking().Where(n => keys.Contains(n.Key))
            .Join(db.Versions.AsNoTracking(), n => n.DraftVersionId, v => v.Id, (n, v) => new { n.Key, n.Kind, v.Document })
            .ToListAsync(HttpContext.RequestAborted);
        Items = rows.ToDictionary(
            r => r.Key,
            r => (BackofficeTree.NameOf(ContentDocument.Parse(r.Document), site.DefaultCulture, text["common.untitled"]),
                  r.Kind == NodeKind.Media ? $"/umbraco/media/{r.Key}" : $"/umbraco/content/{r.Key}"));
    }

    /// <summary>An action in the editor's language; one without a text (an add-on's) as it was logged.</summary>
    public string ActionText(string action) => text["audit.action." + action] is var label && label != "audit.action." + action ? label : action;
}

using Microsoft.EntityFrameworkCore;
using Participation.Cms.Content;
using Participation.Cms.Persistence;

namespace Participation.Bench;

/// <summary>
/// Adds generated published items straight into the database (as an import of a large site would leave them), so the
/// benchmark measures the site's reads and writes, not the generator. Returns the keys of the items made.
/// </summary>
internal static class GeneratedTree
{
    public static async Task<List<Guid>> AddAsync(CmsDatabase database, string parentRoute, string contentType, int count, Func<int, ContentDocument> document)
    {
        await using var db = database.CreateContext();
        var parent = await db.Nodes.AsNoTracking().Where(n => n.Kind == NodeKind.Content && n.Level == 2)
            .Join(db.Versions, n => n.PublishedVersionId, v => v.Id, (n, v) => new { Node = n, v.Document })
            .ToListAsync();
        var under = parent.Single(p => ContentDocument.Parse(p.Document).Cultures["fi"].Segment == parentRoute.Trim('/')).Node;
        var now = DateTime.UtcNow;
        var nodes = Enumerable.Range(0, count).Select(i => new NodeRecord
        {
            Key = Guid.NewGuid(),
            Kind = NodeKind.Content,
            ParentId = under.Id,
            Level = under.Level + 1,
            SortOrder = 1000 + i,
            ContentTypeAlias = contentType,
            CreateDate = now.AddMinutes(-i),
            UpdateDate = now,
            CreatedBy = "bench",
        }).ToList();
        db.Nodes.AddRange(nodes);
        await db.SaveChangesAsync();

        var versions = nodes.Select((n, i) => new VersionRecord { NodeId = n.Id, CreatedAt = now, CreatedBy = "bench", Document = document(i).ToJson() }).ToList();
        db.Versions.AddRange(versions);
        await db.SaveChangesAsync();
        for (var i = 0; i < nodes.Count; i++)
        {
            nodes[i].Path = $"{under.Path},{nodes[i].Id}";
            nodes[i].DraftVersionId = versions[i].Id;
            nodes[i].PublishedVersionId = versions[i].Id;
        }

        await db.SaveChangesAsync();
        return nodes.Select(n => n.Key).ToList();
    }

    public static ContentDocument Article(int i, string summary)
    {
        var document = new ContentDocument();
        document.Cultures["fi"] = new CultureVariant { Name = $"Generoitu uutinen {i}", Segment = $"generoitu-uutinen-{i}" };
        document.Cultures["fi"].Values["summary"] = summary;
        document.Cultures["fi"].Values["body"] = $"<p>{summary}</p>";
        document.Values["publishDate"] = DateTimeOffset.UtcNow.AddMinutes(-i).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        return document;
    }
}

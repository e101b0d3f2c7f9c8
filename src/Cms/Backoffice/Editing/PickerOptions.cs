using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Participation.Cms.Backoffice.Text;
using Participation.Cms.Content;
using Participation.Cms.ContentTypes;
using Participation.Cms.Media;
using Participation.Cms.Persistence;

namespace Participation.Cms.Backoffice.Editing;

/// <summary>The choices of dropdowns and pickers on the edit form.</summary>
public sealed class PickerOptions(CmsDatabase database, MediaService media, IEnumerable<IFormPickerOptions> forms, BackofficeText text)
{
    public async Task<IReadOnlyList<(string Value, string Label)>> ForAsync(PropertyType property, CancellationToken cancellationToken)
    {
        switch (property.Editor)
        {
            case "Umbraco.DropDown.Flexible":
                return (property.Config["items"] as JsonArray ?? []).Select(i => (string?)i).OfType<string>().Select(i => (i, i)).ToList();
            case "Umbraco.ContentPicker":
            case "Umbraco.MultiNodeTreePicker":
                var allowed = (property.Config["allowedTypes"] as JsonArray)?.Select(t => (string?)t).OfType<string>().ToHashSet();
                await using (var db = database.CreateContext())
                {
                    var rows = await db.Nodes.AsNoTracking()
                        .Where(n => n.Kind == NodeKind.Content && !n.Trashed)
                        .Join(db.Versions.AsNoTracking(), n => n.DraftVersionId, v => v.Id, (n, v) => new { n.Key, n.ContentTypeAlias, v.Document })
                        .ToListAsync(cancellationToken);
                    return rows.Where(r => allowed is null || allowed.Contains(r.ContentTypeAlias))
                        .Select(r => (r.Key.ToString(), BackofficeTree.NameOf(ContentDocument.Parse(r.Document), text["common.untitled"])))
                        .OrderBy(r => r.Item2, StringComparer.Create(new System.Globalization.CultureInfo("fi-FI"), true))
                        .ToList();
                }

            case "Umbraco.MediaPicker3":
                return (await media.ListAsync(cancellationToken))
                    .Where(m => m.Document.Values["umbracoFile"] is not null)
                    .Select(m => (m.Node.Key.ToString(), m.Document.Cultures.GetValueOrDefault("fi")?.Name ?? m.Node.Key.ToString()))
                    .ToList();
            case "UmbracoForms.FormPicker":
                var list = new List<(string, string)>();
                foreach (var source in forms)
                {
                    list.AddRange((await source.ListAsync(cancellationToken)).Select(f => (f.Id.ToString(), f.Name)));
                }

                return list;
            default:
                return [];
        }
    }
}

using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Cms.Backoffice.Editing;
using Participation.Cms.Backoffice.Text;
using Participation.Cms.ContentTypes;
using Participation.Cms.Persistence;
using Participation.Cms.PropertyEditors;
using Participation.Cms.Site;

namespace Participation.Cms.Backoffice.Pages.Tree;

/// <summary>
/// Finds content by name among the drafts for the tree's search box, at most <see cref="Limit"/> items, newest change
/// first: with 10 000 items an editor types a few letters instead of opening levels.
/// </summary>
public sealed class SearchModel(DraftNodeSearch search, ContentTypeService contentTypes, SiteOptions site, BackofficeText text) : PageModel
{
    public const int Limit = 20;

    public sealed record Hit(Guid Key, string Name, string TypeName, string Icon);

    public string Query { get; private set; } = "";

    public bool Fragment { get; private set; }

    public IReadOnlyList<Hit> Hits { get; private set; } = [];

    public async Task OnGetAsync(string? q, bool fragment)
    {
        var typed = (q ?? "").Trim();
        Query = typed.Length > 100 ? typed[..100] : typed;
        Fragment = fragment;
        if (Query.Length == 0)
        {
            return;
        }

        var types = await contentTypes.GetAllAsync(null, HttpContext.RequestAborted);
        Hits = (await search.SearchAsync(NodeKind.Content, null, Query, Limit, site.DefaultCulture, HttpContext.RequestAborted))
            .Select(h => new Hit(
                h.Key,
                BackofficeTree.NameOf(h.Document, site.DefaultCulture, text["common.untitled"]),
                types.GetValueOrDefault(h.ContentTypeAlias)?.NameIn(text.Language) ?? h.ContentTypeAlias,
                types.GetValueOrDefault(h.ContentTypeAlias)?.Icon ?? "icon-document"))
            .ToList();
    }
}

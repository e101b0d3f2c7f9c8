using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Cms.Backoffice.Text;
using Participation.Cms.ContentTypes;
using Participation.Cms.PropertyEditors;
using Participation.Cms.Site;

namespace Participation.Cms.Backoffice.Pages.Admin;

/// <summary>
/// Admins edit a content type as the same JSON document that umbraco-data holds; the document is checked
/// (shape, aliases, editors) before it is saved, and export-data writes it back out.
/// </summary>
public sealed class ContentTypesModel(ContentTypeService contentTypes, PropertyEditorCollection editors, SiteOptions site, BackofficeText text) : PageModel
{
    public IReadOnlyList<ContentType> Types { get; private set; } = [];

    public string? Alias { get; private set; }

    public string Json { get; private set; } = "";

    public Dictionary<string, string> Errors { get; } = [];

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? alias, string? saved)
    {
        await LoadAsync();
        Message = saved is null ? null : text.Format("contentTypes.saved", saved);
        if (alias is not null)
        {
            var type = Types.FirstOrDefault(t => t.Alias == alias);
            if (type is null)
            {
                return NotFound();
            }

            (Alias, Json) = (alias, ContentTypeJson.Write(type));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string alias, string? json)
    {
        await LoadAsync();
        (Alias, Json) = (alias, json ?? "");
        ContentType? type = null;
        try
        {
            type = ContentTypeJson.Parse(Json);
        }
        catch (JsonException ex)
        {
            Errors["json"] = text.Format("contentTypes.invalidJson", ex.LineNumber + 1, ex.Message);
        }

        if (type is not null)
        {
            if (type.Alias != alias)
            {
                Errors["json"] = text["contentTypes.aliasChanged"];
            }
            else if (type.Properties.FirstOrDefault(p => !editors.Contains(p.Editor)) is { } unknown)
            {
                Errors["json"] = text.Format("contentTypes.unknownEditor", unknown.Alias, unknown.Editor);
            }
            else if (type.Properties.GroupBy(p => p.Alias).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
            {
                Errors["json"] = text.Format("contentTypes.duplicateProperty", duplicate.Key);
            }
            else if (type.Rules.FirstOrDefault(r => !Comparable(type, r)) is { } rule)
            {
                Errors["json"] = text.Format("contentTypes.badRule", rule.Property, rule.NotBefore);
            }
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        await contentTypes.SaveAsync(type!, User.Identity?.Name ?? "?", cancellationToken: HttpContext.RequestAborted);
        return RedirectToPage(new { alias, saved = alias });
    }

    /// <summary>A rule's two properties exist and order the same way (the validator skips a rule that does not).</summary>
    private bool Comparable(ContentType type, ContentRule rule) =>
        type.GetProperty(rule.Property) is { } later && type.GetProperty(rule.NotBefore) is { } earlier
        && editors.Get(later.Editor).QueryKind is QueryValueKind.Moment or QueryValueKind.Day or QueryValueKind.Number
        && editors.Get(later.Editor).QueryKind == editors.Get(earlier.Editor).QueryKind;

    private async Task LoadAsync() =>
        Types = (await contentTypes.GetAllAsync(null, HttpContext.RequestAborted)).Values.OrderBy(t => t.Name, StringComparer.Create(SiteOptions.FormattingCulture(site.DefaultCulture), true)).ToList();
}

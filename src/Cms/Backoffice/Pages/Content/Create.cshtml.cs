using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Cms.Backoffice.Editing;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Backoffice.Text;
using Participation.Cms.Content;
using Participation.Cms.ContentTypes;
using Participation.Cms.Site;

namespace Participation.Cms.Backoffice.Pages.Content;

/// <summary>Creates an item of a type its parent allows and the editor may edit (writers: the types marked writersMayEdit).</summary>
[AuthorizeContent(nameof(ContentOperations.CreateChild), Item = "parent")]
public sealed class CreateModel(EditorStateLoader loader, ContentTypeService contentTypes, ContentService content, IAuthorizationService authorization, SiteOptions site, BackofficeText text) : PageModel
{
    public EditorState Parent { get; private set; } = null!;

    public IReadOnlyList<ContentType> AllowedTypes { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    public string? Name { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid parent) => await LoadAsync(parent) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid parent, string? type, string? name)
    {
        if (await LoadAsync(parent) is { } refused)
        {
            return refused;
        }

        Name = name?.Trim();
        if (AllowedTypes.FirstOrDefault(t => t.Alias == type) is null)
        {
            Errors["type"] = text["create.chooseType"];
        }

        if (string.IsNullOrEmpty(Name))
        {
            Errors["name"] = text["common.enterName"];
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var draft = new ContentDocument();
        draft.Cultures[site.DefaultCulture] = new CultureVariant { Name = Name! };
        try
        {
            var key = await content.CreateAsync(new CreateContent(type!, parent, draft), User.Identity?.Name ?? "?", cancellationToken: HttpContext.RequestAborted);
            return Redirect($"/umbraco/content/{key}?saved=draft");
        }
        catch (Exception ex) when (ex is ContentValidationException or ContentOperationException)
        {
            Errors["name"] = ex is ContentValidationException v ? string.Join(" ", v.Errors.Values) : ex.Message;
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(Guid parent)
    {
        var state = await loader.LoadAsync(parent, HttpContext.RequestAborted);
        if (state is null || state.Node.Trashed)
        {
            return NotFound();
        }

        Parent = state;
        var types = await contentTypes.GetAllAsync(null, HttpContext.RequestAborted);
        var allowed = new List<ContentType>();
        foreach (var type in state.Type.AllowedChildren.Select(types.GetValueOrDefault).OfType<ContentType>())
        {
            if ((await authorization.AuthorizeAsync(User, type, ContentOperations.Edit)).Succeeded)
            {
                allowed.Add(type);
            }
        }

        AllowedTypes = allowed;
        return null;
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Cms.Backoffice.Editing;
using Participation.Cms.Backoffice.Preview;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Site;

namespace Participation.Cms.Backoffice.Pages.Content;

/// <summary>
/// The draft as residents will see it, framed at a phone's, a tablet's or a desktop's width, so an editor checks a
/// long title or a table on a phone before publishing. The frame shows the signed preview page itself.
/// </summary>
[AuthorizeContent(nameof(ContentOperations.Edit))]
public sealed class PreviewModel(EditorStateLoader loader, PreviewLinks previews, SiteOptions site) : PageModel
{
    /// <summary>The widths offered: a small phone, a tablet held upright and a common laptop.</summary>
    public static readonly IReadOnlyList<(string Id, int Width, int Height)> Devices = [("phone", 375, 740), ("tablet", 768, 900), ("desktop", 1280, 800)];

    public EditorState State { get; private set; } = null!;

    public string Culture { get; private set; } = "";

    public (string Id, int Width, int Height) Device { get; private set; }

    public string PreviewUrl { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid key, string? culture, string? device)
    {
        if (await loader.LoadAsync(key, HttpContext.RequestAborted) is not { } state || state.Node.Trashed)
        {
            return NotFound();
        }

        State = state;
        Culture = culture is not null && site.Cultures.Contains(culture) ? culture : site.DefaultCulture;
        Device = Devices.FirstOrDefault(d => d.Id == device, Devices[0]);
        PreviewUrl = previews.Create(key, Culture);
        return Page();
    }
}

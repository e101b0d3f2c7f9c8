using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Backoffice.Text;
using Participation.Cms.Content;
using Participation.Cms.Media;
using Participation.Cms.PropertyEditors;
using Participation.Cms.Site;

namespace Participation.Cms.Backoffice.Pages.Media;

/// <summary>The media library: what is there, and uploads checked by size and by content (never by file name).</summary>
[Authorize(Policy = BackofficePolicies.Access)]
[RequestSizeLimit(25 * 1024 * 1024)]
public sealed class IndexModel(MediaService media, MediaOptions options, SiteOptions site, BackofficeText text) : PageModel
{
    public IReadOnlyList<(Guid Key, string Name, string Url, int? Width, int? Height)> Items { get; private set; } = [];

    /// <summary>The folder being shown (null: the library's top level), its path from the top, and its subfolders.</summary>
    public Guid? Folder { get; private set; }

    public IReadOnlyList<(Guid Key, string Name)> Trail { get; private set; } = [];

    public IReadOnlyList<(Guid Key, string Name)> Folders { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    public string? Message { get; private set; }

    public async Task OnGetAsync(string? uploaded, Guid? folder)
    {
        Message = uploaded is null ? null : text.Format("media.uploaded", uploaded);
        await LoadAsync(folder);
    }

    public async Task<IActionResult> OnPostFolderAsync(Guid? folder, string? folderName)
    {
        try
        {
            var created = await media.CreateFolderAsync(folderName ?? "", folder, User.Identity?.Name ?? "?", cancellationToken: HttpContext.RequestAborted);
            return RedirectToPage(new { folder = created });
        }
        catch (Exception ex) when (ex is MediaUploadException or ContentOperationException)
        {
            // A missing or wrong parent (a stale page, an edited form) is told like any other mistake.
            Errors["folderName"] = ex.Message;
            await LoadAsync(ex is ContentOperationException ? null : folder);
            var page = Page();
            page.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status400BadRequest;
            return page;
        }
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, string? name, string? alt, Guid? folder)
    {
        if (file is null || file.Length == 0)
        {
            Errors["file"] = text["media.chooseFile"];
        }
        else if (file.Length > options.MaxUploadBytes)
        {
            Errors["file"] = text.Format("media.tooLarge", options.MaxUploadBytes / 1024 / 1024);
        }

        if (Errors.Count == 0)
        {
            using var buffer = new MemoryStream();
            await file!.CopyToAsync(buffer, HttpContext.RequestAborted);
            try
            {
                var title = string.IsNullOrWhiteSpace(name) ? Path.GetFileNameWithoutExtension(file.FileName) : name.Trim();
                await media.CreateAsync(
                    new CreateMedia(title, file.FileName, buffer.ToArray())
                    {
                        AltText = string.IsNullOrWhiteSpace(alt) ? new Dictionary<string, string>() : new Dictionary<string, string> { [site.DefaultCulture] = alt.Trim() },
                        FocalPoint = new FocalPoint(0.5, 0.5),
                        ParentKey = folder,
                    },
                    User.Identity?.Name ?? "?",
                    cancellationToken: HttpContext.RequestAborted);
                return RedirectToPage(new { uploaded = file.FileName, folder });
            }
            catch (MediaUploadException ex)
            {
                Errors["file"] = ex.Message;
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(folder);
        return Page();
    }

    private async Task LoadAsync(Guid? folder)
    {
        var all = await media.ListAsync(HttpContext.RequestAborted);
        var byId = all.ToDictionary(m => m.Node.Id);
        var current = folder is { } f ? all.FirstOrDefault(m => m.Node.Key == f && m.Node.ContentTypeAlias == "Folder") : default;
        Folder = current.Node?.Key;
        var parentId = current.Node?.Id;
        string NameOf(Participation.Cms.Content.ContentDocument d) => d.Cultures.GetValueOrDefault(site.DefaultCulture)?.Name ?? "";

        var trail = new List<(Guid, string)>();
        for (var node = current.Node; node is not null; node = node.ParentId is { } p && byId.TryGetValue(p, out var up) ? up.Node : null)
        {
            trail.Insert(0, (node.Key, NameOf(byId[node.Id].Document)));
        }

        Trail = trail;
        var here = all.Where(m => m.Node.ParentId == parentId).ToList();
        Folders = here.Where(m => m.Node.ContentTypeAlias == "Folder").Select(m => (m.Node.Key, NameOf(m.Document))).OrderBy(f => f.Item2, StringComparer.Ordinal).ToList();
        Items = here
            .Where(m => m.Document.Values["umbracoFile"] is not null)
            .OrderByDescending(m => m.Node.CreateDate)
            .Select(m => (m.Node.Key, NameOf(m.Document), (string)m.Document.Values["umbracoFile"]!, (int?)m.Document.Values["umbracoWidth"], (int?)m.Document.Values["umbracoHeight"]))
            .ToList();
    }
}

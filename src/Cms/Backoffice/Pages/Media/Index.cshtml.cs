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
public sealed class IndexModel(MediaService media, MediaLibrary library, MediaOptions options, SiteOptions site, BackofficeText text) : PageModel
{
    public IReadOnlyList<MediaLibrary.Entry> Items { get; private set; } = [];

    /// <summary>The words searched for (the whole library, every folder), or empty for the folder's own files.</summary>
    public string Query { get; private set; } = "";

    public int PageNumber { get; private set; } = 1;

    public int Pages { get; private set; } = 1;

    public int Total { get; private set; }

    /// <summary>The folder being shown (null: the library's top level), its path from the top, and its subfolders.</summary>
    public Guid? Folder { get; private set; }

    public IReadOnlyList<(Guid Key, string Name)> Trail { get; private set; } = [];

    public IReadOnlyList<(Guid Key, string Name)> Folders { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    public string? Message { get; private set; }

    public async Task OnGetAsync(string? uploaded, int? count, Guid? folder, string? q, int? pg)
    {
        Message = uploaded is null ? null : count > 1 ? text.Format("media.uploadedMany", count) : text.Format("media.uploaded", uploaded);
        Query = (q ?? "").Trim() is { Length: > 100 } typed ? typed[..100] : (q ?? "").Trim();
        PageNumber = Math.Max(1, pg ?? 1); // "pg": Razor Pages keeps "page" for the page's own route value
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

    /// <summary>
    /// One file or several (chosen together or dropped on the page): each is checked on its own; the ones that pass are
    /// stored and the refused ones are named with their reason, so one bad file never loses the others.
    /// </summary>
    public async Task<IActionResult> OnPostAsync(List<IFormFile>? file, string? name, string? alt, Guid? folder)
    {
        var files = (file ?? []).Where(f => f.Length > 0).ToList();
        if (files.Count == 0)
        {
            Errors["file"] = text["media.chooseFile"];
        }

        var refused = new List<string>();
        var added = new List<string>();
        foreach (var upload in files)
        {
            if (upload.Length > options.MaxUploadBytes)
            {
                refused.Add(text.Format("media.fileRefused", upload.FileName, text.Format("media.tooLarge", options.MaxUploadBytes / 1024 / 1024)));
                continue;
            }

            using var buffer = new MemoryStream();
            await upload.CopyToAsync(buffer, HttpContext.RequestAborted);
            try
            {
                // A name and text typed on the form belong to a single file; several files are named by their file names.
                var title = files.Count == 1 && !string.IsNullOrWhiteSpace(name) ? name.Trim() : Path.GetFileNameWithoutExtension(upload.FileName);
                var altText = files.Count == 1 && !string.IsNullOrWhiteSpace(alt) ? alt.Trim() : null;
                await media.CreateAsync(
                    new CreateMedia(title, upload.FileName, buffer.ToArray())
                    {
                        AltText = altText is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [site.DefaultCulture] = altText },
                        FocalPoint = new FocalPoint(0.5, 0.5),
                        ParentKey = folder,
                    },
                    User.Identity?.Name ?? "?",
                    cancellationToken: HttpContext.RequestAborted);
                added.Add(upload.FileName);
            }
            catch (MediaUploadException ex)
            {
                refused.Add(text.Format("media.fileRefused", upload.FileName, ex.Message));
            }
        }

        if (refused.Count == 0 && added.Count > 0)
        {
            return RedirectToPage(new { uploaded = added[0], count = added.Count, folder });
        }

        if (refused.Count > 0)
        {
            Errors["file"] = string.Join(" ", refused);
            Message = added.Count > 0 ? text.Format("media.uploadedSome", added.Count, string.Join(", ", added)) : null;
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(folder);
        return Page();
    }

    private async Task LoadAsync(Guid? folder)
    {
        var place = await library.FolderAsync(folder, HttpContext.RequestAborted);
        (Folder, Trail) = (place.Key, place.Trail);
        if (Query.Length > 0)
        {
            Folders = [];
            Items = await library.SearchAsync(Query, HttpContext.RequestAborted);
            Total = Items.Count;
            return;
        }

        Folders = place.Folders;
        var page = await library.FilesAsync(place.Key, PageNumber, HttpContext.RequestAborted);
        (Items, Total) = (page.Items, page.Total);
        Pages = Math.Max(1, (Total + MediaLibrary.PageSize - 1) / MediaLibrary.PageSize);
    }
}

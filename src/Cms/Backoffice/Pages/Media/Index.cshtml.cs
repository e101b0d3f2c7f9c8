using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Backoffice.Text;
using Participation.Cms.Media;
using Participation.Cms.PropertyEditors;

namespace Participation.Cms.Backoffice.Pages.Media;

/// <summary>The media library: what is there, and uploads checked by size and by content (never by file name).</summary>
[Authorize(Policy = BackofficePolicies.Access)]
[RequestSizeLimit(25 * 1024 * 1024)]
public sealed class IndexModel(MediaService media, MediaOptions options, BackofficeText text) : PageModel
{
    public IReadOnlyList<(Guid Key, string Name, string Url, int? Width, int? Height)> Items { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    public string? Message { get; private set; }

    public async Task OnGetAsync(string? uploaded)
    {
        Message = uploaded is null ? null : text.Format("media.uploaded", uploaded);
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, string? name, string? alt)
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
                        AltText = string.IsNullOrWhiteSpace(alt) ? new Dictionary<string, string>() : new Dictionary<string, string> { ["fi"] = alt.Trim() },
                        FocalPoint = new FocalPoint(0.5, 0.5),
                    },
                    User.Identity?.Name ?? "?",
                    cancellationToken: HttpContext.RequestAborted);
                return RedirectToPage(new { uploaded = file.FileName });
            }
            catch (MediaUploadException ex)
            {
                Errors["file"] = ex.Message;
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() =>
        Items = (await media.ListAsync(HttpContext.RequestAborted))
            .Where(m => m.Document.Values["umbracoFile"] is not null)
            .OrderByDescending(m => m.Node.CreateDate)
            .Select(m => (m.Node.Key, m.Document.Cultures.GetValueOrDefault("fi")?.Name ?? "", (string)m.Document.Values["umbracoFile"]!, (int?)m.Document.Values["umbracoWidth"], (int?)m.Document.Values["umbracoHeight"]))
            .ToList();
}

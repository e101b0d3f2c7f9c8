using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Backoffice.Text;
using Participation.Cms.Media;
using Participation.Cms.PropertyEditors;
using Participation.Cms.Site;

namespace Participation.Cms.Backoffice.Pages.Media;

/// <summary>One media item: its name, alternative text per language and the focal point that crops keep in view.</summary>
public sealed class EditModel(MediaService media, SiteOptions site, BackofficeText text, IAuthorizationService authorization) : PageModel
{
    /// <summary>A media item's changes are live at once (alt text, focal point), so only those who may publish make them.</summary>
    public bool MayEdit { get; private set; }

    public IReadOnlyList<string> Cultures => site.Cultures;

    public Guid Key { get; private set; }

    public string Name { get; private set; } = "";

    public string FileUrl { get; private set; } = "";

    public Dictionary<string, string> Alt { get; } = [];

    public double Left { get; private set; } = 0.5;

    public double Top { get; private set; } = 0.5;

    public Dictionary<string, string> Errors { get; } = [];

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid key, string? saved)
    {
        Message = saved is null ? null : text["common.saved"];
        MayEdit = await MayPublishAsync();
        return await LoadAsync(key) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid key, string? name, string? mediaFocalLeft, string? mediaFocalTop)
    {
        if (!(MayEdit = await MayPublishAsync()))
        {
            return Forbid();
        }

        if (!await LoadAsync(key))
        {
            return NotFound();
        }

        var alt = Cultures.ToDictionary(c => c, c => Request.Form[$"alt.{c}"].ToString());
        var validFocus = TryFraction(mediaFocalLeft, out var left) & TryFraction(mediaFocalTop, out var top);
        if (!validFocus)
        {
            Errors["focalLeft"] = text["media.focalInvalid"];
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            Errors["name"] = text["common.enterName"];
        }

        if (Errors.Count == 0)
        {
            await media.UpdateAsync(key, name!, alt, new FocalPoint(left, top), User.Identity?.Name ?? "?", cancellationToken: HttpContext.RequestAborted);
            return RedirectToPage(new { key, saved = 1 });
        }

        (Name, Left, Top) = (name ?? "", left, top);
        return Page();
    }

    private async Task<bool> MayPublishAsync() =>
        (await authorization.AuthorizeAsync(User, null, BackofficePolicies.Publish)).Succeeded;

    private async Task<bool> LoadAsync(Guid key)
    {
        var item = (await media.ListAsync(HttpContext.RequestAborted)).FirstOrDefault(m => m.Node.Key == key);
        if (item.Node is null || (string?)item.Document.Values["umbracoFile"] is not { } url)
        {
            return false;
        }

        (Key, FileUrl, Name) = (key, url, item.Document.Cultures.GetValueOrDefault(site.DefaultCulture)?.Name ?? "");
        foreach (var (culture, variant) in item.Document.Cultures)
        {
            Alt[culture] = (string?)variant.Values["altText"] ?? "";
        }

        if (item.Document.Values["focalPoint"] is System.Text.Json.Nodes.JsonObject f)
        {
            (Left, Top) = ((double)f["left"]!, (double)f["top"]!);
        }

        return true;
    }

    private static bool TryFraction(string? text, out double value) =>
        double.TryParse(text?.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && value is >= 0 and <= 1;

    internal static string Format(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}

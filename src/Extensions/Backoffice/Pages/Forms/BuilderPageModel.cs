using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Extensions.Forms.Builder;
using Participation.Extensions.Forms.Definitions;

namespace Participation.Extensions.Backoffice.Pages.Forms;

/// <summary>
/// What the builder's pages share: each POST loads the stored form, makes one change, saves it against the version
/// the page was rendered with and redirects (post/redirect/get); a refused change renders the page again with 400
/// and the messages next to their inputs.
/// </summary>
public abstract class BuilderPageModel(FormBuilder builder) : PageModel
{
    private static readonly HashSet<string> DoneKeys = ["created", "saved", "deleted"];

    public FormDraft Draft { get; private set; } = null!;

    public FormDefinition Form => Draft.Form;

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>A key of forms.builder.done.* after a redirect.</summary>
    public string? Done { get; private set; }

    protected FormBuilder Builder => builder;

    protected async Task<bool> LoadAsync(Guid id, string? done = null)
    {
        Done = done is not null && DoneKeys.Contains(done) ? done : null;
        Draft = (await builder.LoadAsync(id, HttpContext.RequestAborted))!;
        return Draft is not null;
    }

    /// <summary>Applies <paramref name="change"/> to the stored form and saves it; null from the change means the item is not in the form.</summary>
    protected async Task<IActionResult> ChangeAsync(Guid id, long version, Func<FormDefinition, FormDefinition?> change, string? redirect = null, Func<string, string>? errorKey = null)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var changed = change(Form);
        if (changed is null)
        {
            return NotFound();
        }

        if (Errors.Count > 0)
        {
            return Refuse(Errors);
        }

        var outcome = await builder.SaveAsync(changed, version, User.Identity!.Name!, HttpContext.RequestAborted);
        return outcome.Status switch
        {
            BuilderStatus.Done => Redirect((redirect ?? Request.Path) + "?done=saved"),
            BuilderStatus.Missing => NotFound(),
            _ => Refuse(errorKey is null ? outcome.Errors : outcome.Errors.ToDictionary(e => errorKey(e.Key), e => e.Value)),
        };
    }

    protected PageResult Refuse(IReadOnlyDictionary<string, string> errors)
    {
        foreach (var (key, message) in errors)
        {
            Errors[key] = message;
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Messages about an item not yet in the form are shown by the form that adds it.</summary>
    protected static Func<string, string> Rename(string from, string to) => key => key.StartsWith(from, StringComparison.Ordinal) ? to + key[from.Length..] : key;
}

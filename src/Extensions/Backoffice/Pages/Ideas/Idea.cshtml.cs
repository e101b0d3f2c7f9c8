using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Cms.Backoffice.Text;
using Participation.Cms.PublishedCache;
using Participation.Extensions.AreaCommittees.Ideas;

namespace Participation.Extensions.Backoffice.Pages.Ideas;

/// <summary>
/// One idea: what the resident wrote, and the committee's status, answer and committed euros to set. A refused save
/// shows the page again (400, or 409 when another editor saved first) with the messages next to their fields.
/// </summary>
[Authorize(Policy = IdeasPolicies.ManageIdeas)]
public sealed class IdeaModel(AreaIdeaQuery query, AreaIdeaEditing editing, PublishedSnapshotService snapshots, BackofficeText text) : PageModel
{
    public AreaIdea Idea { get; private set; } = null!;

    public PublishedContent? Area { get; private set; }

    public IdeaInput Input { get; private set; } = new();

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? done)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = IdeaInput.From(Idea);
        Saved = done == "saved";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, IdeaInput input)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = input;
        if (input.Read(text, Errors) is not { } change)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        switch (await editing.ChangeAsync(id, input.Version, change, User.Identity!.Name!, HttpContext.RequestAborted))
        {
            case IdeaChangeResult.Saved:
                return Redirect($"/umbraco/ideas/idea/{id}?done=saved");
            case IdeaChangeResult.Missing:
                return NotFound();
            default:
                // Show what the other editor saved, keeping this editor's typing in the form to compare and save again.
                await LoadAsync(id);
                Input.Version = Idea.Version;
                Errors["status"] = text["ideas.error.conflict"];
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await query.GetAsync(id, HttpContext.RequestAborted) is not { } idea)
        {
            return false;
        }

        Idea = idea;
        Area = snapshots.Current.GetByKey(idea.AreaKey);
        return true;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Participation.Cms.Backoffice.Origin;
using Participation.Cms.Backoffice.Editing;
using Participation.Cms.Backoffice.Preview;
using Participation.Cms.Jobs;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Backoffice.Text;
using Participation.Cms.Content;
using Participation.Cms.ContentTypes;
using Participation.Cms.PropertyEditors;
using Participation.Cms.Site;

namespace Participation.Cms.Backoffice.Pages.Content;

/// <summary>
/// The edit form of one item in one culture, generated from its content type: groups as tabs, a message next to
/// every invalid field. Writers save drafts of the types they may edit; publishing is for editors (ContentAuthorizationHandler).
/// </summary>
[AuthorizeContent(nameof(ContentOperations.Edit))]
public sealed partial class EditModel(
    EditorStateLoader loader,
    ContentService content,
    ContentTreeService tree,
    EditFields fields,
    PropertyEditorCollection editors,
    MoveTargets moveTargets,
    PreviewLinks previews,
    Participation.Cms.PublishedCache.PublishedSnapshotService snapshots,
    ScheduledPublisher scheduler,
    Approvals approvals,
    DocumentValidator validator,
    SaveConflicts conflicts,
    IAuthorizationService authorization,
    SiteOptions site,
    IOptions<BackofficeHostOptions> backofficeHost,
    BackofficeText text,
    IEnumerable<IEditorPanel> panels) : PageModel
{
    public EditorState State { get; private set; } = null!;

    public string Culture { get; private set; } = "";

    public IReadOnlyList<string> Cultures => State.Type.VariesByCulture ? site.Cultures : [site.DefaultCulture];

    public Dictionary<string, string> Errors { get; } = [];

    public bool MayPublish { get; private set; }

    public IReadOnlyList<(Guid Key, string Name)> MoveChoices { get; private set; } = [];

    public string? Message { get; private set; }

    public string? PreviewUrl { get; private set; }

    /// <summary>Every culture's address on the site, for the info panel (published cultures only).</summary>
    public IReadOnlyDictionary<string, string> LiveUrls { get; private set; } = new Dictionary<string, string>();

    /// <summary>The page on the public site, when this culture is published.</summary>
    public string? LiveUrl => LiveUrls.GetValueOrDefault(Culture);

    /// <summary>Set when a save was refused because the draft changed after this form was read.</summary>
    public SaveConflict? Conflict { get; private set; }

    /// <summary>A writer's submission still waiting for an editor.</summary>
    public Approvals.Pending? Waiting { get; private set; }

    /// <summary>What add-ons show beside the form (see <see cref="IEditorPanel"/>).</summary>
    public IReadOnlyList<EditorPanel> Panels { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid key, string? culture, string? saved)
    {
        if (await LoadAsync(key, culture) is { } refused)
        {
            return refused;
        }

        Message = saved switch
        {
            "draft" => text["edit.savedDraft"],
            "published" => text["edit.savedPublished"],
            "unpublished" => text["edit.savedUnpublished"],
            "scheduled" => text["edit.savedScheduled"],
            "moved" => text["edit.savedMoved"],
            "submitted" => text["edit.savedSubmitted"],
            _ => null,
        };
        PreviewUrl = previews.Create(key, Culture);
        var live = snapshots.Current.GetByKey(key);
        LiveUrls = Cultures.Select(c => (c, Url: live?.Url(c))).Where(x => x.Url is not null).ToDictionary(x => x.c, x => backofficeHost.Value.PublicLink(site, x.Url!));
        Waiting = await approvals.WaitingAsync(key, Culture, HttpContext.RequestAborted);
        Panels = await panels.BuildAllAsync(key, Culture, HttpContext);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(Guid key, string? culture) => SaveAsync(key, culture, publish: false);

    [AuthorizeContent(nameof(ContentOperations.Publish))]
    public Task<IActionResult> OnPostPublishAsync(Guid key, string? culture) => SaveAsync(key, culture, publish: true);

    /// <summary>A writer's "ready": saves the draft and puts it on the editors' list of drafts waiting for publishing.</summary>
    public Task<IActionResult> OnPostSubmitAsync(Guid key, string? culture) => SaveAsync(key, culture, publish: false, submit: true);

    [AuthorizeContent(nameof(ContentOperations.Publish))]
    public async Task<IActionResult> OnPostUnpublishAsync(Guid key, string? culture)
    {
        if (await LoadAsync(key, culture) is { } refused)
        {
            return refused;
        }

        await content.UnpublishAsync(key, [Culture], UserName, cancellationToken: HttpContext.RequestAborted);
        return RedirectToPage(new { key, culture = Culture, saved = "unpublished" });
    }

    [AuthorizeContent(nameof(ContentOperations.Publish))]
    public async Task<IActionResult> OnPostScheduleAsync(Guid key, string? culture, string? scheduleAction, string? scheduleAt)
    {
        if (await LoadAsync(key, culture) is { } refused)
        {
            return refused;
        }

        if (!ScheduleTime.TryRead(scheduleAt, site.Zone, out var at))
        {
            Errors["scheduleAt"] = text["edit.enterScheduleAt"];
            return PageAgain(Microsoft.AspNetCore.Http.StatusCodes.Status400BadRequest);
        }

        try
        {
            await scheduler.ScheduleAsync(key, scheduleAction == "Unpublish" ? "Unpublish" : "Publish", [Culture], at, UserName, HttpContext.RequestAborted);
        }
        catch (ContentOperationException ex)
        {
            Errors["scheduleAt"] = ex.Message;
            return PageAgain(Microsoft.AspNetCore.Http.StatusCodes.Status400BadRequest);
        }

        return RedirectToPage(new { key, culture = Culture, saved = "scheduled" });
    }

    [AuthorizeContent(nameof(ContentOperations.Publish))]
    public async Task<IActionResult> OnPostMoveAsync(Guid key, Guid? newParent)
    {
        if (await LoadAsync(key, null) is { } refused)
        {
            return refused;
        }

        if (newParent is not { } parent || MoveChoices.All(c => c.Key != parent))
        {
            Errors["newParent"] = text["edit.moveChoose"];
            return PageAgain();
        }

        try
        {
            await tree.MoveAsync(key, parent, UserName, cancellationToken: HttpContext.RequestAborted);
        }
        catch (ContentOperationException ex)
        {
            Errors["newParent"] = ex.Message;
            return PageAgain();
        }

        return RedirectToPage(new { key, saved = "moved" });
    }

    [AuthorizeContent(nameof(ContentOperations.Publish))]
    public async Task<IActionResult> OnPostTrashAsync(Guid key)
    {
        if (await LoadAsync(key, null) is { } refused)
        {
            return refused;
        }

        await tree.TrashAsync(key, UserName, cancellationToken: HttpContext.RequestAborted);
        return Redirect("/umbraco");
    }

    private async Task<IActionResult> SaveAsync(Guid key, string? culture, bool publish, bool submit = false)
    {
        if (await LoadAsync(key, culture) is { } refused)
        {
            return refused;
        }

        var next = FormDocumentReader.Read(State.Type, Request.Form, Culture, State.Draft, editors, out var formErrors);
        foreach (var (field, message) in formErrors)
        {
            Errors[field] = message;
        }

        var saved = false;
        if (Errors.Count == 0)
        {
            try
            {
                await content.SaveAsync(key, next, BasedOn(), UserName, cancellationToken: HttpContext.RequestAborted);
                saved = true;
                if (publish)
                {
                    await content.PublishAsync(key, [Culture], UserName, cancellationToken: HttpContext.RequestAborted);
                }
                else if (submit)
                {
                    // Sent for publishing means ready to publish: the same checks an editor's publish would make, so the
                    // editor is not handed a draft that cannot go out. The draft itself is saved either way.
                    validator.CheckMandatory(State.Type, next, [Culture]);
                    await approvals.SubmitAsync(key, Culture, UserName, HttpContext.RequestAborted);
                }

                // Back on the tab the editor was on (tabs.js sends it), not the first one.
                var tab = Request.Form["tab"].ToString();
                return Redirect(Url.Page("/Content/Edit", new { key, culture = Culture, saved = publish ? "published" : submit ? "submitted" : "draft" })
                    + (TabId().IsMatch(tab) ? "#" + tab : ""));
            }
            catch (ContentValidationException ex)
            {
                foreach (var (field, message) in ex.Errors)
                {
                    Errors[field.Replace("@" + Culture, "", StringComparison.Ordinal)] = message;
                }
            }
            catch (ContentOperationException ex)
            {
                Errors["name"] = ex.Message;
            }
            catch (ContentConflictException ex)
            {
                return await ConflictAsync(key, next, ex.BasedOn);
            }
        }

        if (saved)
        {
            // The draft was stored before a later step refused: the form shown must carry the new version, or the
            // editor's next save would be refused as a conflict with their own.
            State = await loader.LoadAsync(key, HttpContext.RequestAborted) ?? State;
            Message = submit ? text["edit.savedNotSubmitted"] : text["edit.savedNotPublished"];
        }

        // Show what the editor typed, with the messages, rather than the stored draft.
        State = State with { Draft = next };
        return PageAgain(Microsoft.AspNetCore.Http.StatusCodes.Status400BadRequest);
    }

    /// <summary>The draft version the posted form was read from; a form without one is not checked.</summary>
    private int? BasedOn() => int.TryParse(Request.Form["version"], out var version) ? version : null;

    /// <summary>
    /// Someone saved after this form was read. Nothing of the editor's is stored and nothing is lost: the form comes back
    /// with their values, merged with fields only the other save changed, and the disagreements side by side (409).
    /// </summary>
    private async Task<IActionResult> ConflictAsync(Guid key, ContentDocument yours, int? basedOn)
    {
        State = await loader.LoadAsync(key, HttpContext.RequestAborted) ?? State;
        Conflict = await conflicts.ExplainAsync(State, Culture, yours, basedOn, HttpContext.RequestAborted);
        State = State with { Draft = Conflict.Form };
        return PageAgain(Microsoft.AspNetCore.Http.StatusCodes.Status409Conflict);
    }

    private async Task<IActionResult?> LoadAsync(Guid key, string? culture)
    {
        var state = await loader.LoadAsync(key, HttpContext.RequestAborted);
        if (state is null || state.Node.Trashed)
        {
            return NotFound();
        }

        State = state;
        Culture = culture is not null && Cultures.Contains(culture) ? culture : site.DefaultCulture;
        MayPublish = (await authorization.AuthorizeAsync(User, state.Type, ContentOperations.Publish)).Succeeded;
        MoveChoices = MayPublish ? await moveTargets.ForAsync(state, text["common.untitled"], HttpContext.RequestAborted) : [];

        return null;
    }

    /// <summary>One field of the form, from the draft shown (after a refused save: what the editor typed).</summary>
    public Task<FieldModel> FieldAsync(PropertyType property) =>
        fields.CreateAsync(State.Type, property, State.Draft, Culture, Errors.GetValueOrDefault(property.Alias), HttpContext.RequestAborted);

    /// <summary>Shows the form again (with its messages) instead of redirecting: 400 for refused input, 409 for a conflict.</summary>
    private PageResult PageAgain(int? status = null)
    {
        PreviewUrl = previews.Create(State.Node.Key, Culture);
        var page = Page();
        page.StatusCode = status;
        return page;
    }

    private string UserName => User.Identity?.Name ?? "?";

    [System.Text.RegularExpressions.GeneratedRegex("^group-[A-Za-z0-9-]{1,80}$")]
    private static partial System.Text.RegularExpressions.Regex TabId();
}

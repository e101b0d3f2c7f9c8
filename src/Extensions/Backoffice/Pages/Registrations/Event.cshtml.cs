using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Participation.Cms.Backoffice.Text;
using Participation.Cms.PublishedCache;
using Participation.Cms.Site;
using Participation.Extensions.Forms.Backoffice;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Export;
using Participation.Extensions.Registration;
using Participation.Extensions.Registration.Organiser;
using Participation.Extensions.Registration.Seats;

namespace Participation.Extensions.Backoffice.Pages.Registrations;

/// <summary>
/// One event's participants for its organiser: who is coming, who waits, attendance on the day. Answers marked sensitive
/// (diet, accessibility), the caterer's summary, exports, mail to everyone and calling the event off are for those who
/// manage entries (Editors, Admins) only.
/// </summary>
public sealed class EventModel(
    PublishedSnapshotService snapshots,
    ParticipantList participants,
    OrganiserActions actions,
    FormCatalog forms,
    BackofficeText text,
    SiteOptions site,
    IOptions<RegistrationOptions> options,
    IAuthorizationService authorization) : PageModel
{
    public PublishedContent Item { get; private set; } = null!;

    public EventSchedule Schedule { get; private set; } = null!;

    public FormDefinition? Form { get; private set; }

    public IReadOnlyList<Participant> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public bool MayManage { get; private set; }

    public CatererSummary? Caterer { get; private set; }

    public string? Done { get; private set; }

    /// <summary>The fields shown as columns: non-sensitive ones for everyone, all of them for those who manage entries.</summary>
    public IReadOnlyList<FormField> Columns { get; private set; } = [];

    [BindProperty]
    public string? Subject { get; set; }

    [BindProperty]
    public string? Message { get; set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public async Task<IActionResult> OnGetAsync(Guid eventKey, int? p, string? done)
    {
        Done = done;
        return await LoadAsync(eventKey, p ?? 1) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAttendanceAsync(Guid eventKey, int? p, [FromForm(Name = "shown")] List<Guid> shown, [FromForm(Name = "attended")] List<Guid> attended)
    {
        if (!await LoadAsync(eventKey, p ?? 1))
        {
            return NotFound();
        }

        // Every row shown on the page is set: a box left empty means "did not come".
        var present = attended.ToHashSet();
        await actions.MarkAttendanceAsync(eventKey, shown.Distinct().ToDictionary(id => id, present.Contains), HttpContext.RequestAborted);
        return Redirect($"/umbraco/registrations/{eventKey}?p={PageNumber}&done=attendance");
    }

    public async Task<IActionResult> OnPostMailAsync(Guid eventKey)
    {
        if (!await LoadAsync(eventKey, 1))
        {
            return NotFound();
        }

        if (!MayManage)
        {
            return Forbid();
        }

        Subject = Subject?.Trim();
        Message = Message?.Trim();
        if (string.IsNullOrEmpty(Subject) || Subject.Length > OrganiserActions.MaxSubjectLength || Subject.Contains('\n', StringComparison.Ordinal))
        {
            Errors["subject"] = text.Format("registration.mail.subjectInvalid", OrganiserActions.MaxSubjectLength);
        }

        if (string.IsNullOrEmpty(Message) || Message.Length > OrganiserActions.MaxMessageLength)
        {
            Errors["message"] = text.Format("registration.mail.messageInvalid", OrganiserActions.MaxMessageLength);
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var sent = await actions.MailEveryoneAsync(eventKey, Subject!, Message!, HttpContext.RequestAborted);
        return Redirect($"/umbraco/registrations/{eventKey}?done=mailed-{sent}");
    }

    public async Task<IActionResult> OnPostCancelEventAsync(Guid eventKey, [FromForm(Name = "confirm")] bool confirm)
    {
        if (!await LoadAsync(eventKey, 1))
        {
            return NotFound();
        }

        if (!MayManage)
        {
            return Forbid();
        }

        if (!confirm)
        {
            Errors["confirm"] = text["registration.cancelEvent.confirmNeeded"];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var cancelled = await actions.CancelEventAsync(eventKey, HttpContext.RequestAborted);
        return Redirect($"/umbraco/registrations/{eventKey}?done=cancelled-{cancelled}");
    }

    public async Task<IActionResult> OnGetExportAsync(Guid eventKey, string? format)
    {
        if (!await LoadAsync(eventKey, 1))
        {
            return NotFound();
        }

        if (!MayManage)
        {
            return Forbid();
        }

        var all = await participants.AllAsync(eventKey, HttpContext.RequestAborted);
        var table = ParticipantTable.Build(all, Columns, text, site.Zone);
        Response.Headers.XContentTypeOptions = "nosniff";
        var name = $"osallistujat-{Item.Key:N}";
        return format == "xlsx"
            ? File(XlsxWriter.Write(table, "Osallistujat"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx")
            : File(CsvWriter.Write(table, ';'), "text/csv; charset=utf-8", name + ".csv");
    }

    public string Status(Participant row) => row.Registration.Status switch
    {
        RegistrationStatus.Waitlisted => text.Format("registration.status.Waitlisted", row.Position ?? 0),
        var status => text["registration.status." + status],
    };

    private async Task<bool> LoadAsync(Guid eventKey, int page)
    {
        if (snapshots.Current.GetByKey(eventKey) is not { ContentTypeAlias: EventSchedule.ContentType } item)
        {
            return false;
        }

        Item = item;
        Schedule = EventSchedule.Of(item, site);
        MayManage = await authorization.MayManageEntriesAsync(User);
        Form = Schedule.FormId is { } formId ? await forms.GetAsync(formId, HttpContext.RequestAborted) : null;
        Columns = Form?.Fields.Where(f => f.TakesValue && (MayManage || !f.ContainsSensitiveData)).ToList() ?? [];
        PageNumber = Math.Max(1, page);
        (Rows, Total) = await participants.PageAsync(eventKey, PageNumber, HttpContext.RequestAborted);
        if (MayManage)
        {
            Caterer = CatererSummary.Of(await participants.AllAsync(eventKey, HttpContext.RequestAborted), Form, options.Value);
        }

        return true;
    }
}

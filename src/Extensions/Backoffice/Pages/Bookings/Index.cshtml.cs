using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Cms.Backoffice.Text;
using Participation.Cms.Site;
using Participation.Extensions.Forms.Backoffice;
using Participation.Extensions.SpaceBooking;
using Participation.Extensions.SpaceBooking.Decisions;

namespace Participation.Extensions.Backoffice.Pages.Bookings;

/// <summary>
/// Booking requests of every space, soonest first, with approve and reject. For editors and admins, who see the
/// requesters' answers anyway (the Forms entries' rule). A refused approval shows the approved time it clashes with.
/// </summary>
[Authorize(Policy = FormsPolicies.ManageEntries)]
public sealed class IndexModel(BookingQueue queue, BookingDecisions decisions, BackofficeText text, SiteOptions site) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "status")]
    public BookingStatus Status { get; set; } = BookingStatus.Requested;

    [BindProperty(SupportsGet = true, Name = "sivu")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public BookingQueuePage Bookings { get; private set; } = new([], 1, 1, 0);

    /// <summary>Why an approval was refused; the page is shown again with it.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!Enum.IsDefined(Status))
        {
            Status = BookingStatus.Requested;
        }

        Bookings = await queue.PageAsync(Status, PageNumber, HttpContext.RequestAborted);
        return Page();
    }

    public Task<IActionResult> OnPostApproveAsync(Guid id) => DecideAsync(id, decisions.ApproveAsync, "approved");

    public Task<IActionResult> OnPostRejectAsync(Guid id) => DecideAsync(id, decisions.RejectAsync, "rejected");

    private async Task<IActionResult> DecideAsync(Guid id, Func<Guid, string, CancellationToken, Task<BookingDecision>> decide, string done)
    {
        switch (await decide(id, User.Identity!.Name!, HttpContext.RequestAborted))
        {
            case BookingDecision.NotFound:
                return NotFound();
            case BookingDecision.Clash clash:
                var start = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(clash.With.StartUtc, DateTimeKind.Utc), site.Zone);
                var end = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(clash.With.EndUtc, DateTimeKind.Utc), site.Zone);
                Refusal = text.Format("bookings.clash", start.ToString("d.M.yyyy", CultureInfo.InvariantCulture), start.ToString("HH:mm", CultureInfo.InvariantCulture), end.ToString("HH:mm", CultureInfo.InvariantCulture));
                Bookings = await queue.PageAsync(Status, PageNumber, HttpContext.RequestAborted);
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            case BookingDecision.Unchanged:
                return Redirect($"/umbraco/bookings?status={Status}&done=unchanged");
            default:
                return Redirect($"/umbraco/bookings?status={Status}&done={done}");
        }
    }
}

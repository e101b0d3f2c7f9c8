using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Participation.Cms.Persistence;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Forms.Workflows;
using Participation.Extensions.Persistence;

namespace Participation.Extensions.SpaceBooking.Decisions;

/// <summary>
/// An editor approves or rejects a booking request. Each runs in one transaction that starts by taking the space's lock,
/// so two approvals of overlapping times, on any nodes, run one after the other and the second finds the first and is
/// refused. The entry's state follows the booking's (with the form's own stage workflows), the decision mail goes into
/// the outbox and the audit row is written, all in that transaction.
/// </summary>
public sealed class BookingDecisions(UnitOfWorkProvider unitOfWork, ExtensionsDatabase database, FormCatalog forms, WorkflowQueue workflows)
{
    public Task<BookingDecision> ApproveAsync(Guid bookingId, string user, CancellationToken cancellationToken) =>
        DecideAsync(bookingId, BookingStatus.Approved, user, cancellationToken);

    public Task<BookingDecision> RejectAsync(Guid bookingId, string user, CancellationToken cancellationToken) =>
        DecideAsync(bookingId, BookingStatus.Rejected, user, cancellationToken);

    private async Task<BookingDecision> DecideAsync(Guid bookingId, BookingStatus status, string user, CancellationToken cancellationToken)
    {
        await using var uow = await unitOfWork.BeginAsync(cancellationToken);
        await using var db = await database.JoinAsync(uow, cancellationToken);

        // A booking never moves to another space, so its key can be read before the lock.
        if (await db.Set<SpaceBookingRecord>().Where(b => b.Id == bookingId).Select(b => (Guid?)b.SpaceKey).FirstOrDefaultAsync(cancellationToken) is not { } spaceKey)
        {
            return new BookingDecision.NotFound();
        }

        await SpaceBookingLocks.LockAsync(db, spaceKey, cancellationToken);
        var booking = await db.Set<SpaceBookingRecord>().SingleAsync(b => b.Id == bookingId, cancellationToken);
        if (booking.Status == status)
        {
            return new BookingDecision.Unchanged();
        }

        if (status == BookingStatus.Approved
            && await BookingClashes.FirstAsync(db, spaceKey, booking.StartUtc, booking.EndUtc, booking.Id, cancellationToken) is { } clash)
        {
            return new BookingDecision.Clash(clash);
        }

        var now = uow.Now;
        var wasApproved = booking.Status == BookingStatus.Approved;
        booking.Status = status;
        booking.DecidedUtc = now;
        booking.DecidedBy = user;
        booking.Sequence++;
        await FollowWithEntryAsync(db, booking, user, now, cancellationToken);
        WorkflowQueue.EnqueueTask(db, BookingDecisionMail.Type, booking.EntryId, booking.FormId,
            JsonSerializer.Serialize(new DecisionPayload(booking.Id, status, wasApproved)), now);
        await db.SaveChangesAsync(cancellationToken);
        uow.Audit(user, "SpaceBooking" + status, spaceKey, booking.Id.ToString());
        await uow.CompleteAsync(cancellationToken);
        workflows.Wake();
        return new BookingDecision.Done();
    }

    /// <summary>The entry takes the booking's state and runs its form's workflows of that stage, as an approval in Forms would.</summary>
    private async Task FollowWithEntryAsync(ExtensionsDbContext db, SpaceBookingRecord booking, string user, DateTime now, CancellationToken cancellationToken)
    {
        var state = booking.Status == BookingStatus.Approved ? FormEntryState.Approved : FormEntryState.Rejected;
        var changed = await db.Set<FormEntry>().Where(e => e.Id == booking.EntryId && e.State != state).ExecuteUpdateAsync(e => e
            .SetProperty(x => x.State, state)
            .SetProperty(x => x.UpdatedUtc, now)
            .SetProperty(x => x.StateChangedBy, user), cancellationToken);
        if (changed == 1 && await forms.GetAsync(booking.FormId, cancellationToken) is { } form)
        {
            var entry = new FormEntry { Id = booking.EntryId, FormId = booking.FormId };
            workflows.Enqueue(db, form, entry, state == FormEntryState.Approved ? WorkflowStage.Approve : WorkflowStage.Reject, now);
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Participation.Extensions.SpaceBooking;

internal sealed class SpaceBookingConfiguration : IEntityTypeConfiguration<SpaceBookingRecord>, IEntityTypeConfiguration<SpaceBookingLock>
{
    public void Configure(EntityTypeBuilder<SpaceBookingRecord> booking)
    {
        booking.ToTable("spaceBooking");
        booking.HasKey(b => b.Id);
        booking.Property(b => b.Equipment).HasMaxLength(2000);
        booking.Property(b => b.Culture).HasMaxLength(20);
        booking.Property(b => b.DecidedBy).HasMaxLength(256);

        // The calendar (one week of one space), the feed (a window around now) and the clash check (times near one
        // slot) each read one range of this index, so their cost follows the slots in that range, never the table.
        booking.HasIndex(b => new { b.SpaceKey, b.StartUtc });

        // The editors' queue: requests waiting for a decision, soonest first.
        booking.HasIndex(b => new { b.Status, b.StartUtc });
        booking.HasIndex(b => b.EntryId);
    }

    public void Configure(EntityTypeBuilder<SpaceBookingLock> space)
    {
        space.ToTable("spaceBookingLock");
        space.HasKey(s => s.SpaceKey);
    }
}

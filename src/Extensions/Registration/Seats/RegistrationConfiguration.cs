using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Participation.Extensions.Registration.Seats;

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<EventSeats>, IEntityTypeConfiguration<EventRegistration>
{
    public void Configure(EntityTypeBuilder<EventSeats> seats)
    {
        seats.ToTable("registrationEvent");
        seats.HasKey(s => s.EventKey);
        seats.Property(s => s.Schedule).HasMaxLength(600);
    }

    public void Configure(EntityTypeBuilder<EventRegistration> registration)
    {
        registration.ToTable("registration");
        registration.HasKey(r => r.Id);
        registration.Property(r => r.Email).HasMaxLength(254);
        registration.Property(r => r.Name).HasMaxLength(200);
        registration.Property(r => r.Culture).HasMaxLength(20);

        // Signing up again with the same address finds the first registration (the database decides, so two nodes agree).
        registration.HasIndex(r => new { r.EventKey, r.Email }).IsUnique();

        // The queue (first in line, a position), the participant list and the counts read one event's rows by status.
        registration.HasIndex(r => new { r.EventKey, r.Status, r.Ticket });
        registration.HasIndex(r => r.EntryId);
    }
}

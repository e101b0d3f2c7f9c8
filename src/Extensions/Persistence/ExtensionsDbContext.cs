using Microsoft.EntityFrameworkCore;
using Participation.Extensions.Forms;

namespace Participation.Extensions.Persistence;

/// <summary>
/// The add-ons' tables (forms now; entries, registrations and bookings later), beside the engine's in the
/// same database but with their own migrations, so the engine never knows about them.
/// </summary>
public abstract class ExtensionsDbContext(DbContextOptions options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__ExtensionsMigrationsHistory";

    public DbSet<FormDefinitionRecord> Forms => Set<FormDefinitionRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FormDefinitionRecord>(form =>
        {
            form.ToTable("formDefinition");
            form.HasKey(f => f.Id);
            form.HasIndex(f => f.Alias).IsUnique();
            form.Property(f => f.Alias).HasMaxLength(100);
        });
    }
}

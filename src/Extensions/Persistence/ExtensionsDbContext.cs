using Microsoft.EntityFrameworkCore;

namespace Participation.Extensions.Persistence;

/// <summary>
/// The add-ons' tables (forms now; entries, registrations and bookings later), beside the engine's in the same database
/// but with their own migrations, so the engine never knows about them. Each add-on declares its tables with an
/// <see cref="IEntityTypeConfiguration{TEntity}"/> in its own folder and reads them with <c>Set&lt;T&gt;()</c>;
/// this context knows none of them by name.
/// </summary>
public abstract class ExtensionsDbContext(DbContextOptions options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__ExtensionsMigrationsHistory";

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ExtensionsDbContext).Assembly);
}

using Microsoft.EntityFrameworkCore;

namespace Participation.Cms.Hosting;

/// <summary>An add-on's own tables: migrated at start, after the engine's (see <see cref="Persistence.SchemaMigrations"/>).</summary>
public interface IDatabaseMigrator
{
    /// <summary>The add-on's context under the migration account (<see cref="Persistence.CmsDatabase.ConfigureForMigrations"/>).</summary>
    DbContext CreateMigrationContext();
}

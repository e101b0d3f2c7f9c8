namespace Participation.Cms.Hosting;

/// <summary>An add-on's own tables: migrated at start, after the engine's.</summary>
public interface IDatabaseMigrator
{
    Task MigrateAsync(CancellationToken cancellationToken);
}

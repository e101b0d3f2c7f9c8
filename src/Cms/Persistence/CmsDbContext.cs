using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Participation.Cms.Persistence;

/// <summary>
/// The engine's tables. Each provider has a subclass so that each keeps its own migrations
/// (SQLite and PostgreSQL differ in column types), while all code works against this base type.
/// </summary>
public abstract class CmsDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<NodeRecord> Nodes => Set<NodeRecord>();

    public DbSet<VersionRecord> Versions => Set<VersionRecord>();

    public DbSet<ContentTypeRecord> ContentTypes => Set<ContentTypeRecord>();

    public DbSet<AuditRecord> Audit => Set<AuditRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<NodeRecord>(node =>
        {
            node.ToTable("cmsNode");
            node.HasIndex(n => n.Key).IsUnique();
            node.HasIndex(n => n.ParentId);
            node.HasIndex(n => new { n.Kind, n.Trashed });
            node.Property(n => n.Path).HasMaxLength(900);
            node.Property(n => n.ContentTypeAlias).HasMaxLength(100);
            node.Property(n => n.CreatedBy).HasMaxLength(200);
        });
        modelBuilder.Entity<VersionRecord>(version =>
        {
            version.ToTable("cmsVersion");
            version.HasIndex(v => v.NodeId);
            version.HasOne<NodeRecord>().WithMany().HasForeignKey(v => v.NodeId).OnDelete(DeleteBehavior.Cascade);
            version.Property(v => v.CreatedBy).HasMaxLength(200);
        });
        modelBuilder.Entity<ContentTypeRecord>(type =>
        {
            type.ToTable("cmsContentType");
            type.HasKey(t => t.Alias);
            type.Property(t => t.Alias).HasMaxLength(100);
        });
        modelBuilder.Entity<AuditRecord>(audit =>
        {
            audit.ToTable("cmsAudit");
            audit.HasIndex(a => a.NodeKey);
            audit.HasIndex(a => a.At);
            audit.Property(a => a.User).HasMaxLength(200);
            audit.Property(a => a.Action).HasMaxLength(50);
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite hands back DateTimeKind.Unspecified and Npgsql refuses non-UTC values: store and read UTC everywhere.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

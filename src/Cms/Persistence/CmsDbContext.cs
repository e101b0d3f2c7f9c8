using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Backoffice.Sessions;

namespace Participation.Cms.Persistence;

/// <summary>
/// The engine's tables. Each provider has a subclass so that each keeps its own migrations
/// (SQLite and PostgreSQL differ in column types), while all code works against this base type.
/// </summary>
public abstract class CmsDbContext(DbContextOptions options)
    : IdentityDbContext<BackofficeUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<NodeRecord> Nodes => Set<NodeRecord>();

    public DbSet<VersionRecord> Versions => Set<VersionRecord>();

    public DbSet<ContentTypeRecord> ContentTypes => Set<ContentTypeRecord>();

    public DbSet<AuditRecord> Audit => Set<AuditRecord>();

    public DbSet<ScheduleRecord> Schedules => Set<ScheduleRecord>();

    public DbSet<LeaseRecord> Leases => Set<LeaseRecord>();

    public DbSet<InstructionRecord> Instructions => Set<InstructionRecord>();

    public DbSet<OutboxRecord> Outbox => Set<OutboxRecord>();

    public DbSet<SessionRecord> Sessions => Set<SessionRecord>();

    /// <summary>Data-protection keys shared by every node, so cookies and preview links work on all of them.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<ScheduleRecord>(schedule =>
        {
            schedule.ToTable("cmsSchedule");
            schedule.HasIndex(s => new { s.DoneAt, s.At });
            schedule.HasIndex(s => s.NodeKey);
            schedule.Property(s => s.Action).HasMaxLength(20);
            schedule.Property(s => s.Cultures).HasMaxLength(50);
            schedule.Property(s => s.CreatedBy).HasMaxLength(200);
        });
        modelBuilder.Entity<Routing.Redirects.RedirectRecord>(redirect =>
        {
            redirect.ToTable("cmsRedirect");
            redirect.HasIndex(r => new { r.Culture, r.Route }).IsUnique();
            redirect.HasIndex(r => r.NodeKey);
            redirect.Property(r => r.Culture).HasMaxLength(10);
            redirect.Property(r => r.Route).HasMaxLength(900);
        });
        modelBuilder.Entity<LeaseRecord>(lease =>
        {
            lease.ToTable("cmsLease");
            lease.HasKey(l => l.Name);
            lease.Property(l => l.Name).HasMaxLength(100);
            lease.Property(l => l.Holder).HasMaxLength(200);
        });
        modelBuilder.Entity<InstructionRecord>(instruction =>
        {
            instruction.ToTable("cmsInstruction");
            instruction.HasIndex(i => i.CreatedAt);
            instruction.Property(i => i.Origin).HasMaxLength(200);
        });
        modelBuilder.Entity<OutboxRecord>(outbox =>
        {
            outbox.ToTable("cmsOutbox");
            outbox.HasIndex(o => new { o.DoneAt, o.NextAttemptAt });
            outbox.HasIndex(o => o.InstructionId);
            outbox.Property(o => o.Handler).HasMaxLength(200);
            outbox.Property(o => o.ClaimedBy).HasMaxLength(200);
        });
        modelBuilder.Entity<BackofficeUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.UiCulture).HasMaxLength(10);
        });
        modelBuilder.Entity<SessionRecord>(session =>
        {
            session.ToTable("cmsBackofficeSession");
            session.Property(s => s.Id).HasMaxLength(32);
            session.HasIndex(s => s.UserId);
            session.HasIndex(s => s.LastSeenAt);
            session.HasOne<BackofficeUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
            session.Property(s => s.SecurityStamp).HasMaxLength(256);
            session.Property(s => s.Method).HasMaxLength(20);
            session.Property(s => s.Browser).HasMaxLength(40);
            session.Property(s => s.Platform).HasMaxLength(40);
        });
        modelBuilder.Entity<NodeRecord>(node =>
        {
            node.ToTable("cmsNode");
            node.HasIndex(n => n.Key).IsUnique();
            // A level in its sort order (the tree's pages, children in the snapshot build); it serves parent lookups too.
            node.HasIndex(n => new { n.ParentId, n.SortOrder });
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

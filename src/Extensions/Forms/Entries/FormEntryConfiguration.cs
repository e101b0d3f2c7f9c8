using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Participation.Extensions.Forms.Entries;

internal sealed class FormEntryConfiguration : IEntityTypeConfiguration<FormEntry>, IEntityTypeConfiguration<FormEntryFile>
{
    public void Configure(EntityTypeBuilder<FormEntry> entry)
    {
        entry.ToTable("formEntry");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Culture).HasMaxLength(20);
        entry.Property(e => e.IdempotencyKey).HasMaxLength(100);
        entry.Property(e => e.SubjectEmail).HasMaxLength(254);
        entry.Property(e => e.StateChangedBy).HasMaxLength(256);

        // The entries list (one form, newest first), the retention job (oldest of a form) and the daily chart read this index.
        entry.HasIndex(e => new { e.FormId, e.CreatedUtc });
        entry.HasIndex(e => e.SubjectEmail);

        // A replayed key finds the first entry instead of making a second (the database decides, so two nodes agree).
        entry.HasIndex(e => new { e.FormId, e.IdempotencyKey }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<FormEntryFile> file)
    {
        file.ToTable("formEntryFile");
        file.HasKey(f => f.Id);
        file.Property(f => f.FieldAlias).HasMaxLength(100);
        file.Property(f => f.FileName).HasMaxLength(255);
        file.Property(f => f.ContentType).HasMaxLength(100);
        file.Property(f => f.StorageName).HasMaxLength(100);
        file.HasIndex(f => f.EntryId);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Participation.Extensions.AreaCommittees.Ideas;

internal sealed class AreaIdeaConfiguration : IEntityTypeConfiguration<AreaIdea>, IEntityTypeConfiguration<AreaIdeaTotals>
{
    public void Configure(EntityTypeBuilder<AreaIdea> idea)
    {
        idea.ToTable("areaIdea");
        idea.HasKey(i => i.EntryId);
        idea.Property(i => i.Title).HasMaxLength(AreaIdeaLimits.Title);
        idea.Property(i => i.Text).HasMaxLength(AreaIdeaLimits.Text);
        idea.Property(i => i.Answer).HasMaxLength(AreaIdeaLimits.Answer);
        idea.Property(i => i.Culture).HasMaxLength(20);
        idea.Property(i => i.UpdatedBy).HasMaxLength(256);

        // The area page: one area's ideas, newest first, one page at a time (the key makes the order total).
        idea.HasIndex(i => new { i.AreaKey, i.CreatedUtc, i.EntryId });

        // The editors' list filtered by status.
        idea.HasIndex(i => new { i.AreaKey, i.Status, i.CreatedUtc, i.EntryId });
    }

    public void Configure(EntityTypeBuilder<AreaIdeaTotals> totals)
    {
        totals.ToTable("areaIdeaTotals");
        totals.HasKey(t => t.AreaKey);
        totals.Ignore(t => t.Count);
    }
}

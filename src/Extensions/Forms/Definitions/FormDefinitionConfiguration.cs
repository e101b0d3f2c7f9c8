using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Participation.Extensions.Forms.Definitions;

/// <summary>The forms add-on's own table, picked up by the shared Extensions context.</summary>
internal sealed class FormDefinitionConfiguration : IEntityTypeConfiguration<FormDefinitionRecord>
{
    public void Configure(EntityTypeBuilder<FormDefinitionRecord> form)
    {
        form.ToTable("formDefinition");
        form.HasKey(f => f.Id);
        form.HasIndex(f => f.Alias).IsUnique();
        form.Property(f => f.Alias).HasMaxLength(100);
    }
}

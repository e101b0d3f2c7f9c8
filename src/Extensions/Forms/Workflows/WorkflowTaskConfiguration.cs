using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Participation.Extensions.Forms.Workflows;

internal sealed class WorkflowTaskConfiguration : IEntityTypeConfiguration<WorkflowTask>
{
    public void Configure(EntityTypeBuilder<WorkflowTask> task)
    {
        task.ToTable("formWorkflowTask");
        task.HasKey(t => t.Id);
        task.Property(t => t.WorkflowType).HasMaxLength(50);
        task.Property(t => t.ClaimedBy).HasMaxLength(200);
        task.Property(t => t.LastError).HasMaxLength(500);
        task.Property(t => t.Note).HasMaxLength(500);
        task.Property(t => t.Payload).HasMaxLength(2000);

        // The processor asks for due, unfinished rows; the entry page for an entry's rows.
        task.HasIndex(t => new { t.DoneUtc, t.NextAttemptUtc });
        task.HasIndex(t => t.EntryId);
    }
}

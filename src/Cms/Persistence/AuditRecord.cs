namespace Participation.Cms.Persistence;

public sealed class AuditRecord
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public string User { get; set; } = "";

    public string Action { get; set; } = "";

    public Guid? NodeKey { get; set; }

    public int? VersionId { get; set; }

    public string? Detail { get; set; }
}

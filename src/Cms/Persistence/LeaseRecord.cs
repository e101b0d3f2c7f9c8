namespace Participation.Cms.Persistence;

/// <summary>Who runs a one-node job (scheduled publishing) until when; another node takes over when it lapses.</summary>
public sealed class LeaseRecord
{
    public string Name { get; set; } = "";

    public string Holder { get; set; } = "";

    public DateTime ExpiresAt { get; set; }
}

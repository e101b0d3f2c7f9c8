namespace Participation.Cms.Security.PublicCertificate;

/// <summary>What the last look at the public address found.</summary>
public sealed record PublicCertificateReport(string Address, DateTime? NotAfter, IReadOnlyList<string> Problems, bool Unreachable);

/// <summary>The latest <see cref="PublicCertificateReport"/>, for whoever shows it (and for tests, which wait for the first).</summary>
public sealed class PublicCertificateStatus
{
    private readonly TaskCompletionSource<PublicCertificateReport> first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PublicCertificateReport? Latest { get; private set; }

    public Task<PublicCertificateReport> First => first.Task;

    internal void Report(PublicCertificateReport report)
    {
        Latest = report;
        first.TrySetResult(report);
    }
}

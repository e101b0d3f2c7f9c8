using System.Net;
using System.Net.Sockets;

namespace Participation.Web.Tests.Infrastructure;

/// <summary>
/// The ClamAV daemon the test command started (PARTICIPATION_TEST_CLAMD, from scripts/test-services.sh), whose own
/// signature database finds the EICAR test string anywhere in a file; and files to send it.
/// </summary>
public static class TestClamd
{
    /// <summary>The antivirus industry's harmless test string: every scanner reports it as found.</summary>
    public static readonly byte[] Eicar = @"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"u8.ToArray();

    /// <summary>A file that passes the site's PDF checks (its first bytes) and carries the test string.</summary>
    public static readonly byte[] PdfWithEicar = [.. "%PDF-1.4\n"u8, .. Eicar, .. "\n%%EOF\n"u8];

    public static readonly byte[] CleanPdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n"u8.ToArray();

    public static string Address =>
        Environment.GetEnvironmentVariable("PARTICIPATION_TEST_CLAMD") is { Length: > 0 } address
            ? address
            : throw new InvalidOperationException("Set PARTICIPATION_TEST_CLAMD (source scripts/test-services.sh starts clamd and sets it).");

    /// <summary>An address where nothing listens: a scanner that is down.</summary>
    public static string ClosedAddress()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"tcp://127.0.0.1:{port}";
    }
}

using System.Net;

namespace Participation.Cms.Security.Transport;

/// <summary>Hosts whose traffic never leaves the machine, so clear text there is not a transport risk.</summary>
public static class LoopbackHosts
{
    /// <summary>
    /// <c>localhost</c>, a loopback address, or a Unix socket path. Other names are not resolved: what a name points
    /// to can change after the start.
    /// </summary>
    public static bool Contains(string? host)
    {
        var name = (host ?? "").Trim();
        if (name.StartsWith('/') || name.StartsWith('@'))
        {
            return true;
        }

        name = name.Trim('[', ']');
        return name.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(name, out var address) && IPAddress.IsLoopback(address));
    }
}

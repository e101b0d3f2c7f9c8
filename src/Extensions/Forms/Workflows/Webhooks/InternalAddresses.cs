using System.Net;
using System.Net.Sockets;

namespace Participation.Extensions.Forms.Workflows.Webhooks;

/// <summary>
/// Addresses a webhook must not reach unless the operator lists the host: loopback, private, shared (carrier NAT),
/// link-local (169.254.169.254 is the cloud metadata service), unique-local, multicast and reserved ranges (ASVS 1.3.6).
/// </summary>
internal static class InternalAddresses
{
    private static readonly IPNetwork[] V4 =
    [
        .. new[]
        {
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24",
            "192.168.0.0/16", "198.18.0.0/15",
            "224.0.0.0/3", // multicast, reserved and broadcast
        }.Select(cidr => IPNetwork.Parse(cidr)),
    ];

    // NAT64 (64:ff9b::/96) carries an IPv4 address in its last 32 bits, which a gateway then connects to.
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");

    public static bool Contains(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return V4.Any(network => network.Contains(address));
        }

        if (Nat64.Contains(address))
        {
            return Contains(new IPAddress(address.GetAddressBytes()[12..]));
        }

        return IPAddress.IsLoopback(address)
            || address.Equals(IPAddress.IPv6None)
            || address.IsIPv6LinkLocal
            || address.IsIPv6SiteLocal
            || address.IsIPv6UniqueLocal
            || address.IsIPv6Multicast;
    }
}

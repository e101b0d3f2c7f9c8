using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;

namespace Participation.Cms.Security;

/// <summary>
/// The key a rate limit counts a client by: its IPv4 address, or the /64 of its IPv6 address, since one subscriber
/// holds a whole /64 and could otherwise take a fresh address per request. The address is never stored.
/// </summary>
public static class ClientPartition
{
    public static string Of(HttpContext http) => Of(http.Connection.RemoteIpAddress);

    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    /// <summary>A per-client limit of <paramref name="permits"/> a minute, counted in six slices so a burst at a minute's edge is not doubled.</summary>
    public static System.Threading.RateLimiting.SlidingWindowRateLimiterOptions PerMinute(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromMinutes(1),
        SegmentsPerWindow = 6,
        QueueLimit = 0,
    };
}

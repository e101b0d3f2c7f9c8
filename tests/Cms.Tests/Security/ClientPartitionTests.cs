using System.Net;
using Participation.Cms.Security;

namespace Participation.Cms.Tests.Security;

public sealed class ClientPartitionTests
{
    [Fact]
    public void AddressesInOneIpv6Slash64AreOneClientSoRotatingAddressesGainsNothing()
    {
        Assert.Equal(ClientPartition.Of(IPAddress.Parse("2001:db8:1:2::1")), ClientPartition.Of(IPAddress.Parse("2001:db8:1:2:ffff:ffff:ffff:ffff")));
        Assert.NotEqual(ClientPartition.Of(IPAddress.Parse("2001:db8:1:2::1")), ClientPartition.Of(IPAddress.Parse("2001:db8:1:3::1")));
    }

    [Fact]
    public void AnIpv4AddressIsItsOwnClientWhetherOrNotMappedToIpv6()
    {
        Assert.Equal("192.0.2.7", ClientPartition.Of(IPAddress.Parse("::ffff:192.0.2.7")));
        Assert.NotEqual(ClientPartition.Of(IPAddress.Parse("192.0.2.7")), ClientPartition.Of(IPAddress.Parse("192.0.2.8")));
        Assert.Equal("unknown", ClientPartition.Of((IPAddress?)null));
    }
}

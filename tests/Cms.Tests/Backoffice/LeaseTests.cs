using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Jobs;
using Participation.Cms.Persistence;
using Participation.Cms.Tests.Infrastructure;

namespace Participation.Cms.Tests.Backoffice;

/// <summary>One-node jobs (scheduled publishing) run on one node at a time, and another takes over when that node goes quiet.</summary>
public sealed class LeaseTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabases.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task OnlyOneNodeHoldsTheLeaseUntilItLapses(DatabaseProvider provider)
    {
        await using var first = await CmsTestHost.StartAsync(provider);
        await using var second = await CmsTestHost.StartAsync(provider, first.ConnectionString);
        second.Clock.Now = first.Clock.Now;
        var a = new Leases(first.Services.GetRequiredService<CmsDatabase>(), first.Clock);
        var b = new Leases(second.Services.GetRequiredService<CmsDatabase>(), second.Clock);

        var both = await Task.WhenAll(a.TryAcquireAsync("job", TimeSpan.FromMinutes(2), default), b.TryAcquireAsync("job", TimeSpan.FromMinutes(2), default));
        Assert.Equal(1, both.Count(taken => taken));
        var (holder, other, otherClock) = both[0] ? (a, b, second.Clock) : (b, a, first.Clock);

        Assert.True(await holder.TryAcquireAsync("job", TimeSpan.FromMinutes(2), default)); // renewing its own lease
        Assert.False(await other.TryAcquireAsync("job", TimeSpan.FromMinutes(2), default));

        otherClock.Advance(TimeSpan.FromMinutes(3)); // the holder stopped renewing
        Assert.True(await other.TryAcquireAsync("job", TimeSpan.FromMinutes(2), default));
    }
}

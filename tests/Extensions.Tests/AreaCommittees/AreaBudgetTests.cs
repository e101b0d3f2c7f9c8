using Participation.Extensions.AreaCommittees;

namespace Participation.Extensions.Tests.AreaCommittees;

public sealed class AreaBudgetTests
{
    [Fact]
    public void SharesFollowPopulationAndAddUpToTheTotal()
    {
        var shares = AreaBudget.Allocate(100_000, [30_000, 20_000, 15_000, 10_000, 5_000]);

        Assert.Equal([37_500, 25_000, 18_750, 12_500, 6_250], shares);
    }

    [Fact]
    public void RoundingNeverLosesOrInventsAEuro()
    {
        var shares = AreaBudget.Allocate(100_000, [1, 1, 1]);

        Assert.Equal(100_000, shares.Sum());
        Assert.Equal([33_334, 33_333, 33_333], shares);
    }

    [Fact]
    public void NoPopulationGivesNobodyMoney()
    {
        Assert.Equal([0, 0], AreaBudget.Allocate(100_000, [0, 0]));
    }

    [Fact]
    public void NegativePopulationIsRefused()
    {
        Assert.Throws<ArgumentException>(() => AreaBudget.Allocate(100, [5, -1]));
    }
}

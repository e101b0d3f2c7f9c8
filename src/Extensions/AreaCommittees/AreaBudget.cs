namespace Participation.Extensions.AreaCommittees;

/// <summary>
/// Splits the area-development money between areas in proportion to population, in whole euros,
/// by largest remainder so that the shares always add up to the total.
/// </summary>
public static class AreaBudget
{
    public static IReadOnlyList<long> Allocate(long total, IReadOnlyList<int> populations)
    {
        if (populations.Any(p => p < 0))
        {
            throw new ArgumentException("A population cannot be negative.", nameof(populations));
        }

        long sum = populations.Sum(p => (long)p);
        if (sum == 0 || total <= 0)
        {
            return populations.Select(_ => 0L).ToList();
        }

        var shares = populations.Select(p => total * p / sum).ToArray();
        var remainders = populations.Select((p, i) => (Index: i, Remainder: total * p % sum)).OrderByDescending(r => r.Remainder).ThenBy(r => r.Index);
        var left = total - shares.Sum();
        foreach (var (index, _) in remainders.Take((int)left))
        {
            shares[index]++;
        }

        return shares;
    }
}

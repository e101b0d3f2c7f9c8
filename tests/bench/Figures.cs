using System.Diagnostics;
using System.Globalization;

namespace Participation.Bench;

/// <summary>Timings of one measured operation, printed as count, p50, p99 and max in milliseconds.</summary>
internal sealed class Figures(string name)
{
    private readonly List<double> samples = [];

    public string Name { get; } = name;

    public double P50 => Percentile(0.50);

    public async Task<T> TimeAsync<T>(Func<Task<T>> work)
    {
        var watch = Stopwatch.StartNew();
        var result = await work();
        samples.Add(watch.Elapsed.TotalMilliseconds);
        return result;
    }

    public void Add(TimeSpan elapsed) => samples.Add(elapsed.TotalMilliseconds);

    public void Print() =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Name,-44} n={samples.Count,4}  p50={P50,9:0.000} ms  p99={Percentile(0.99),9:0.000} ms  max={samples.DefaultIfEmpty().Max(),9:0.000} ms"));

    private double Percentile(double p)
    {
        if (samples.Count == 0)
        {
            return 0;
        }

        var sorted = samples.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}

using Microsoft.Extensions.Logging;

namespace Participation.Cms.Jobs;

/// <summary>The loop of a background job: work on every tick of the clock; a failed run is logged and the next tick tries again.</summary>
public static class PeriodicJob
{
    public static async Task RunAsync(string job, TimeSpan interval, TimeProvider clock, ILogger logger, Func<CancellationToken, Task> work, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await work(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "{Job} failed; trying again in {Interval}", job, interval);
            }
        }
    }
}

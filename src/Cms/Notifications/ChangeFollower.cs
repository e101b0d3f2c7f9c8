using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Participation.Cms.Persistence;

namespace Participation.Cms.Notifications;

/// <summary>
/// Keeps this node following the instruction log: applies on every wake-up and at least once per poll interval.
/// On PostgreSQL it also listens for the notify each change sends on commit, so other nodes see it within milliseconds;
/// the poll stays as the fallback for a lost connection, and is all there is on SQLite.
/// </summary>
internal sealed class ChangeFollower(
    ChangeApplier applier,
    CmsDatabase database,
    IOptions<ChangeOptions> options,
    ILogger<ChangeFollower> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        database.Provider == DatabaseProvider.PostgreSQL
            ? Task.WhenAll(FollowAsync(stoppingToken), ListenAsync(stoppingToken))
            : FollowAsync(stoppingToken);

    private async Task FollowAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await applier.WaitForSignalAsync(options.Value.PollInterval, stoppingToken);
                await applier.CatchUpAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Following the change log failed; trying again");
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(database.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, _) => applier.Signal();
                await using (var listen = new NpgsqlCommand($"LISTEN {ChangeLog.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                applier.Signal(); // anything committed while we were not listening
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Listening for changes failed; polling until reconnected");
                await Task.Delay(options.Value.PollInterval, stoppingToken);
            }
        }
    }
}

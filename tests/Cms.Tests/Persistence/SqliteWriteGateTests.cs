using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Persistence;
using Participation.Cms.Tests.Infrastructure;

namespace Participation.Cms.Tests.Persistence;

/// <summary>
/// Writers of one process on a SQLite file queue for it instead of finding it locked. The connections here give up on
/// a locked file after 1 s, and the first writer holds its transaction for longer: SQLite alone would refuse the
/// others with "database is locked".
/// </summary>
public sealed class SqliteWriteGateTests
{
    [Fact]
    public async Task WritersWaitForTheTransactionBeforeThemInsteadOfFindingTheFileLocked()
    {
        await using var host = await StartAsync();
        var database = host.Services.GetRequiredService<CmsDatabase>();
        Task second, third;
        Task<int> changed;
        await using (var first = database.CreateContext())
        {
            await using var holding = await first.Database.BeginTransactionAsync();
            first.Leases.Add(Lease("first"));
            await first.SaveChangesAsync();

            second = Task.Run(async () =>
            {
                await using var db = database.CreateContext();
                await using var transaction = await db.Database.BeginTransactionAsync();
                db.Leases.Add(Lease("second"));
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
            });
            third = Task.Run(async () =>
            {
                await using var db = database.CreateContext();
                db.Leases.Add(Lease("third")); // one statement, no transaction of EF's own
                await db.SaveChangesAsync();
            });
            changed = Task.Run(async () =>
            {
                await using var db = database.CreateContext();
                return await db.Leases.Where(l => l.Name == "first").ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, "changed"));
            });

            await Task.Delay(TimeSpan.FromSeconds(2.5));
            Assert.False(second.IsCompleted, "the second transaction did not wait for the first");
            Assert.False(third.IsCompleted, "the insert did not wait for the first transaction");
            Assert.False(changed.IsCompleted, "the update did not wait for the first transaction");
            await holding.CommitAsync();
        }

        await Task.WhenAll(second, third, changed);
        Assert.Equal(1, await changed); // it ran after the first had committed its row
        await using var read = database.CreateContext();
        Assert.Equal(["first", "second", "third"], await read.Leases.Where(l => l.Holder != "").Select(l => l.Name).Where(n => n == "first" || n == "second" || n == "third").OrderBy(n => n).ToListAsync());
        Assert.Equal("changed", await read.Leases.Where(l => l.Name == "first").Select(l => l.Holder).SingleAsync());
    }

    [Fact]
    public async Task ATransactionLeftWithoutCommitHoldsNoOneUpOnceItsContextIsGone()
    {
        await using var host = await StartAsync();
        var database = host.Services.GetRequiredService<CmsDatabase>();
        await using (var abandoned = database.CreateContext())
        {
            await abandoned.Database.BeginTransactionAsync(); // neither committed, rolled back nor disposed
            abandoned.Leases.Add(Lease("abandoned"));
            await abandoned.SaveChangesAsync();
        }

        // Well inside the gate's own 30 s limit, after which a writer would go on anyway.
        await WriteAsync(database, "next").WaitAsync(TimeSpan.FromSeconds(10));

        await using var read = database.CreateContext();
        Assert.False(await read.Leases.AnyAsync(l => l.Name == "abandoned"));
        Assert.True(await read.Leases.AnyAsync(l => l.Name == "next"));
    }

    [Fact]
    public async Task ATransactionDisposedOnAConnectionOpenedByHandHoldsNoOneUp()
    {
        await using var host = await StartAsync();
        var database = host.Services.GetRequiredService<CmsDatabase>();
        await using (var opened = database.CreateContext())
        {
            await opened.Database.OpenConnectionAsync();
            await using (await opened.Database.BeginTransactionAsync())
            {
                opened.Leases.Add(Lease("rolled back"));
                await opened.SaveChangesAsync();
            }
        }

        await WriteAsync(database, "next").WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task ATransactionThatCannotBeginHoldsNoOneUp()
    {
        await using var host = await StartAsync();
        var database = host.Services.GetRequiredService<CmsDatabase>();
        string file;
        await using (var probe = database.CreateContext())
        {
            file = probe.Database.GetDbConnection().DataSource;
        }

        // Another process's writer, as the gate cannot see it: SQLite refuses the site's BEGIN IMMEDIATE after 1 s.
        await using (var other = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString()))
        {
            await other.OpenAsync();
            await using var lockHolder = other.CreateCommand();
            lockHolder.CommandText = "BEGIN IMMEDIATE";
            await lockHolder.ExecuteNonQueryAsync();
            await Assert.ThrowsAsync<SqliteException>(() => WriteAsync(database, "refused"));
            lockHolder.CommandText = "ROLLBACK";
            await lockHolder.ExecuteNonQueryAsync();
        }

        await WriteAsync(database, "next").WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task AWriterThatWaitsOutTheQueueGoesOnAndSaysWhoHeldIt()
    {
        var connectionString = new SqliteConnectionStringBuilder(TestDatabases.Create(DatabaseProvider.Sqlite)) { DefaultTimeout = 1 }.ToString();
        await (await CmsTestHost.StartAsync(DatabaseProvider.Sqlite, connectionString)).DisposeAsync(); // the schema

        var log = new WarningLog();
        var gate = new SqliteWriteGate(log, TimeSpan.FromSeconds(1));
        var options = new DbContextOptionsBuilder<SqliteCmsDbContext>().UseSqlite(connectionString).AddInterceptors(gate).Options;
        await using var first = new SqliteCmsDbContext(options);
        await using var holding = await first.Database.BeginTransactionAsync();

        await using var second = new SqliteCmsDbContext(options);
        var waited = await Assert.ThrowsAsync<SqliteException>(() => second.Leases.Where(l => l.Name == "x").ExecuteDeleteAsync());

        Assert.Contains("locked", waited.Message, StringComparison.Ordinal); // past the queue, SQLite's own answer
        var warning = Assert.Single(log.Warnings);
        Assert.Contains("waited 1 s for the SQLite write queue", warning, StringComparison.Ordinal);
        Assert.Contains("held by a transaction", warning, StringComparison.Ordinal);
    }

    private sealed class WarningLog : Microsoft.Extensions.Logging.ILogger
    {
        public List<string> Warnings { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == Microsoft.Extensions.Logging.LogLevel.Warning)
            {
                Warnings.Add(formatter(state, exception));
            }
        }
    }

    private static async Task WriteAsync(CmsDatabase database, string name)
    {
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Leases.Add(Lease(name));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    private static Task<CmsTestHost> StartAsync() => CmsTestHost.StartAsync(
        DatabaseProvider.Sqlite,
        new SqliteConnectionStringBuilder(TestDatabases.Create(DatabaseProvider.Sqlite)) { DefaultTimeout = 1 }.ToString());

    private static LeaseRecord Lease(string name) => new() { Name = name, Holder = "test", ExpiresAt = DateTime.UtcNow.AddMinutes(1) };
}

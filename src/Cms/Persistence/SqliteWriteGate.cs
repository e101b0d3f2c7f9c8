using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Participation.Cms.Persistence;

/// <summary>
/// Lets this process's writers reach a SQLite file one at a time, in the order they came, waiting without a thread.
/// SQLite has one writer at a time; a second one gets SQLITE_BUSY, and Microsoft.Data.Sqlite retries that with a
/// blocking 150 ms sleep on a pool thread. Under a burst of form posts that sleep was the whole tail (p99 about half a
/// second), and a publish that met a background job's write waited a whole 150 ms before it was visible.
/// Gated: write transactions (SQLite's default BEGIN IMMEDIATE takes the write lock at once, so a transaction is a
/// writer from its start) and data-changing statements outside a transaction (ExecuteUpdate, ExecuteDelete). Another
/// process on the same file still meets SQLite's own busy handling, as before.
/// </summary>
internal sealed class SqliteWriteGate(ILogger logger, TimeSpan? maximumWait = null) : IDbTransactionInterceptor, IDbCommandInterceptor, IDbConnectionInterceptor
{
    // As long as Microsoft.Data.Sqlite's own default wait; past it the writer goes on ungated and meets SQLite's answer.
    private readonly TimeSpan MaximumWait = maximumWait ?? TimeSpan.FromSeconds(30);

    // A held queue makes every writer wait: one warning a minute says so without filling the log.
    private long lastWarning = -60_000;

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Lock holderLock = new();

    // Who is through the gate: a connection's id for a transaction (one disposed without commit or rollback keeps it
    // until the connection closes or begins its next one), or the statement itself for a write outside a transaction.
    private object? holder;

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        if (Writes(eventData) && !Holds(eventData.ConnectionId))
        {
            Enter(eventData.ConnectionId, gate.Wait(MaximumWait));
        }

        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (Writes(eventData) && !Holds(eventData.ConnectionId))
        {
            Enter(eventData.ConnectionId, await gate.WaitAsync(MaximumWait, cancellationToken));
        }

        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Leave(eventData.ConnectionId);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Leave(eventData.ConnectionId);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Leave(eventData.ConnectionId);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    // A transaction disposed without commit or rollback is rolled back when its connection closes.
    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Leave(eventData.ConnectionId);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Leave(eventData.ConnectionId);
        return ValueTask.FromResult(result);
    }

    // A context disposed with its connection still open (opened by hand, or left open by a BEGIN that SQLite refused after
    // the gate let it through) disposes the connection without closing it first: without this the gate stayed shut, and
    // every later writer of the process waited the whole MaximumWait.
    public InterceptionResult ConnectionDisposing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Leave(eventData.ConnectionId);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionDisposingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Leave(eventData.ConnectionId);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        EnterFor(command, eventData);
        return result;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await EnterForAsync(command, eventData, cancellationToken);
        return result;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Leave(command);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Leave(command);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        EnterFor(command, eventData);
        return result;
    }

    public async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await EnterForAsync(command, eventData, cancellationToken);
        return result;
    }

    // A statement's write lock lasts until its reader is done (UPDATE ... RETURNING steps through its rows).
    public InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Leave(command);
        return result;
    }

    public ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Leave(command);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Leave(command);
        return result;
    }

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        EnterFor(command, eventData);
        return result;
    }

    public async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await EnterForAsync(command, eventData, cancellationToken);
        return result;
    }

    public object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Leave(command);
        return result;
    }

    public ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Leave(command);
        return ValueTask.FromResult(result);
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Leave(command);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(command);
        return Task.CompletedTask;
    }

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => Leave(command);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(command);
        return Task.CompletedTask;
    }

    // A deferred (read-uncommitted) transaction takes no write lock until it writes: left ungated, as SQLite leaves it.
    private static bool Writes(TransactionStartingEventData eventData) => eventData.IsolationLevel != IsolationLevel.ReadUncommitted;

    /// <summary>A statement that changes data with no transaction around it: SQLite makes it a write transaction of its own.</summary>
    private static bool WritesAlone(DbCommand command)
    {
        if (command.Transaction is not null)
        {
            return false;
        }

        var text = command.CommandText.AsSpan().TrimStart();
        return text.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("REPLACE", StringComparison.OrdinalIgnoreCase);
    }

    private void EnterFor(DbCommand command, CommandEventData eventData)
    {
        if (WritesAlone(command) && !Holds(eventData.ConnectionId))
        {
            Enter(command, gate.Wait(MaximumWait));
        }
    }

    private async Task EnterForAsync(DbCommand command, CommandEventData eventData, CancellationToken cancellationToken)
    {
        if (WritesAlone(command) && !Holds(eventData.ConnectionId))
        {
            Enter(command, await gate.WaitAsync(MaximumWait, cancellationToken));
        }
    }

    private bool Holds(Guid connection)
    {
        lock (holderLock)
        {
            return connection.Equals(holder);
        }
    }

    private void Enter(object who, bool entered)
    {
        if (entered)
        {
            lock (holderLock)
            {
                holder = who;
            }

            return;
        }

        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref lastWarning);
        if (now - last >= 60_000 && Interlocked.CompareExchange(ref lastWarning, now, last) == last)
        {
            string held;
            lock (holderLock)
            {
                held = holder switch
                {
                    DbCommand command => "a statement: " + FirstLine(command.CommandText),
                    Guid => "a transaction",
                    _ => "nobody now",
                };
            }

            logger.LogWarning(
                "A writer waited {Seconds} s for the SQLite write queue and goes on without it (the queue is held by {Holder}); writes may meet SQLITE_BUSY until it opens",
                MaximumWait.TotalSeconds, held);
        }
    }

    // The statement's text only (values are parameters), cut short.
    private static string FirstLine(string sql)
    {
        var line = sql.Trim().Split('\n')[0].Trim();
        return line.Length > 80 ? line[..80] : line;
    }

    private void Leave(object who)
    {
        // Only the holder releases, once: a later event of the same connection or statement finds someone else here.
        lock (holderLock)
        {
            if (!who.Equals(holder))
            {
                return;
            }

            holder = null;
        }

        gate.Release();
    }
}

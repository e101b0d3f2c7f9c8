using System.Collections.Concurrent;

namespace Participation.Extensions.Registration.Seats;

/// <summary>
/// Lets one change of an event's registrations at a time into the database from this node. The database lock alone
/// would be correct, but two hundred people pressing "send" at once would each hold a connection while waiting for it
/// and run the server out of connections; here they wait in memory instead. Other nodes still meet at the row lock.
/// </summary>
public sealed class EventGate
{
    // One small semaphore per event that has had a change since the start: bounded by the number of events.
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> gates = new();

    public async Task<IDisposable> EnterAsync(Guid eventKey, CancellationToken cancellationToken)
    {
        var gate = gates.GetOrAdd(eventKey, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Pass(gate);
    }

    private sealed class Pass(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}

using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Participation.Cms.Logging;

/// <summary>
/// Messages on their way to the log host. Logging never waits for the network: a full queue (the host unreachable for
/// long) drops its oldest message and counts it, and the sender reports the count once the host answers again.
/// </summary>
internal sealed class SyslogQueue
{
    private readonly Channel<byte[]> channel;
    private long dropped;

    public SyslogQueue(IOptions<LogShippingOptions> options)
    {
        channel = Channel.CreateBounded<byte[]>(
            new BoundedChannelOptions(options.Value.QueueLimit) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
            _ => Interlocked.Increment(ref dropped));
    }

    public ChannelReader<byte[]> Reader => channel.Reader;

    public void Add(byte[] message) => channel.Writer.TryWrite(message);

    /// <summary>How many messages were dropped since the last call.</summary>
    public long TakeDropped() => Interlocked.Exchange(ref dropped, 0);
}

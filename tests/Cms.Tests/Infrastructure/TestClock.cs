namespace Participation.Cms.Tests.Infrastructure;

/// <summary>A clock the test moves by hand; no test waits on real time.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    public TestClock()
        : this(DateTimeOffset.UtcNow)
    {
    }

    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}

namespace Participation.Cms.Security.Transport;

/// <summary>A connection configured so that it may travel in clear text.</summary>
/// <param name="Hop">Its switch under <c>Cms:Transport:AllowPlaintext</c>: Database, Smtp, Webhooks or Http.</param>
/// <param name="Problem">What is wrong and which setting fixes it.</param>
public sealed record PlaintextHop(string Hop, string Problem);

/// <summary>One feature's outbound or inbound connections, looked at once at start in Production.</summary>
public interface ITransportCheck
{
    IEnumerable<PlaintextHop> Find();
}

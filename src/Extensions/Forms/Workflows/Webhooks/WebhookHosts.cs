using System.Globalization;

namespace Participation.Extensions.Forms.Workflows.Webhooks;

/// <summary>
/// The public receivers a webhook may post to (ASVS 13.2.4, 13.2.5), from <see cref="WebhookOptions.AllowedHosts"/>:
/// a host name or address as written, or <c>*.example.fi</c> for any name under example.fi (not example.fi itself).
/// An empty list allows every host; internal addresses are refused either way unless also listed in
/// <see cref="WebhookOptions.AllowedInternalHosts"/>.
/// </summary>
internal static class WebhookHosts
{
    public static bool Allows(IReadOnlyCollection<string> allowed, string host)
    {
        if (allowed.Count == 0)
        {
            return true;
        }

        var name = Normalise(host);
        return allowed.Any(entry => entry.Trim().StartsWith("*.", StringComparison.Ordinal)
            ? name.EndsWith("." + Normalise(entry.Trim()[2..]), StringComparison.Ordinal)
            : name == Normalise(entry));
    }

    // Compared as DNS compares names: without case, brackets or a final dot, and in the ASCII (punycode) form, so an
    // entry written as "kaupunki.fi" or "KAUPUNKI.fi." matches the URL's host either way.
    private static string Normalise(string host)
    {
        var trimmed = host.Trim().Trim('[', ']').TrimEnd('.');
        try
        {
            return new IdnMapping().GetAscii(trimmed).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return trimmed.ToLowerInvariant(); // IPv6 literals and the like are not IDN names
        }
    }
}

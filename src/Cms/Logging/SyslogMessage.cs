using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Participation.Cms.Logging;

/// <summary>One log entry as an RFC 5424 syslog message, framed by octet counting (RFC 6587) as RFC 5425 sends it.</summary>
internal static class SyslogMessage
{
    // local0: the site's own facility, so the log host can route it without parsing.
    private const int Facility = 16;

    // 32473 is the enterprise number RFC 5612 reserves for examples and private use.
    private const string StructuredDataId = "site@32473";

    private static readonly string Host = Printable(Environment.MachineName, 255);

    private static readonly string ProcessId = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);

    public static byte[] Frame(DateTimeOffset at, LogLevel level, string appName, string category, EventId eventId, string text,
        IReadOnlyDictionary<string, string> context)
    {
        var message = new StringBuilder(256)
            .Append('<').Append((Facility * 8) + Severity(level)).Append(">1 ")
            .Append(at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture)).Append(' ')
            .Append(Host).Append(' ').Append(appName).Append(' ').Append(ProcessId).Append(' ')
            .Append(eventId.Name is { Length: > 0 } name ? Printable(name, 32) : "-").Append(' ')
            .Append('[').Append(StructuredDataId)
            .Append(" category=\"").Append(Escape(category)).Append('"')
            .Append(" eventId=\"").Append(eventId.Id.ToString(CultureInfo.InvariantCulture)).Append('"');
        foreach (var (key, value) in context)
        {
            message.Append(' ').Append(key).Append("=\"").Append(Escape(value)).Append('"');
        }

        // The text goes as it is, line breaks included: octet counting frames it, and the receiver escapes control
        // characters when it writes a line, so a value cannot forge an entry of its own.
        message.Append("] ").Append(text);
        var body = Encoding.UTF8.GetBytes(message.ToString());
        var prefix = Encoding.ASCII.GetBytes(body.Length.ToString(CultureInfo.InvariantCulture) + " ");
        return [.. prefix, .. body];
    }

    private static int Severity(LogLevel level) => level switch
    {
        LogLevel.Critical => 2,
        LogLevel.Error => 3,
        LogLevel.Warning => 4,
        LogLevel.Information => 6,
        _ => 7,
    };

    // PARAM-VALUE: ", \ and ] are escaped with a backslash (RFC 5424 section 6.3.3).
    private static string Escape(string value) => value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("]", "\\]");

    // Header fields are printable US-ASCII without spaces, of limited length; anything else becomes '_'.
    private static string Printable(string value, int max)
    {
        var chars = value.Take(max).Select(c => c is > ' ' and <= '~' ? c : '_').ToArray();
        return chars.Length == 0 ? "-" : new string(chars);
    }
}

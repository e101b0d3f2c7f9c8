using System.Globalization;
using System.Text;

namespace Participation.Extensions.Calendar;

/// <summary>RFC 5545 content lines: CRLF endings, lines folded at 75 octets without splitting a character, text values escaped.</summary>
internal sealed class IcsWriter
{
    private readonly StringBuilder text = new();

    public IcsWriter Line(string name, string value)
    {
        var line = name + ":" + value;
        if (line.Length <= 75 && Encoding.UTF8.GetByteCount(line) <= 75)
        {
            text.Append(line).Append("\r\n"); // most lines: no folding to work out
            return this;
        }

        var octets = 0;
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var width = char.IsHighSurrogate(line[i]) ? 4 : Encoding.UTF8.GetByteCount(line.AsSpan(i, 1));
            if (octets + width > (start == 0 ? 75 : 74))
            {
                text.Append(line, start, i - start).Append("\r\n ");
                start = i;
                octets = 0;
            }

            octets += width;
            if (char.IsHighSurrogate(line[i]))
            {
                i++;
            }
        }

        text.Append(line, start, line.Length - start).Append("\r\n");
        return this;
    }

    public IcsWriter Text(string name, string value) => Line(name, Escape(value));

    public IcsWriter Utc(string name, DateTime utc) =>
        Line(name, utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));

    public IcsWriter Local(string name, string zoneId, DateTime local) =>
        Line(name + ";TZID=" + zoneId, local.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture));

    public override string ToString() => text.ToString();

    public static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);
}

using System.Text;

namespace Participation.Extensions.Forms.Export;

/// <summary>
/// RFC 4180 CSV with a UTF-8 byte order mark (Excel otherwise reads ä as two characters). The delimiter is a choice
/// because Excel in Finnish expects ';' (Umbraco Forms added the same setting, its issue #1451).
/// </summary>
public static class CsvWriter
{
    public static byte[] Write(EntryTable table, char delimiter)
    {
        var text = new StringBuilder();
        foreach (var row in table.Rows.Prepend(table.Headers))
        {
            text.AppendJoin(delimiter, row.Select(cell => Quote(Guard(cell), delimiter))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>
    /// A visitor's answer that starts like a formula would run as one when the file is opened in a spreadsheet
    /// (OWASP "CSV injection"): a leading apostrophe makes it text.
    /// </summary>
    public static string Guard(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;

    private static string Quote(string cell, char delimiter) =>
        cell.IndexOfAny([delimiter, '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}

using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Participation.Extensions.Forms.Validation;

/// <summary>How answers of the typed fields are read: what the browser's native inputs send, and what people type.</summary>
public static partial class AnswerFormats
{
    public static bool IsEmail(string value) =>
        value.Length <= 254 && MailAddress.TryCreate(value, out var address) && address.Address == value && address.DisplayName.Length == 0
        && address.Host.Contains('.', StringComparison.Ordinal) && !address.Host.EndsWith('.');

    public static bool IsPhone(string value) => Phone().IsMatch(value);

    /// <summary>A number with a point or a Finnish decimal comma.</summary>
    public static decimal? Number(string value) =>
        decimal.TryParse(value.Trim().Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>The native date input's yyyy-MM-dd, or the Finnish d.M.yyyy typed by hand.</summary>
    public static DateOnly? Date(string value) =>
        DateOnly.TryParseExact(value.Trim(), ["yyyy-MM-dd", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Year is >= 1900 and <= 2200 ? d : null;

    /// <summary>The native time input's HH:mm (seconds allowed), or a Finnish 17.30.</summary>
    public static TimeOnly? Time(string value) =>
        TimeOnly.TryParseExact(value.Trim(), ["HH:mm", "H:mm", "HH:mm:ss", "H.mm", "HH.mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;

    [GeneratedRegex(@"^\+?[0-9][0-9 ()-]{4,24}$", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();
}

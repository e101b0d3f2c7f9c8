using System.Globalization;
using System.Text;

namespace Participation.Cms.Content;

/// <summary>Makes readable ASCII URL segments from Finnish, Swedish and English names: "Kylien Rovaniemi" -> "kylien-rovaniemi".</summary>
public static class UrlSegment
{
    public static string From(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue; // ä -> a, ö -> o, å -> a
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var segment = builder.ToString().Trim('-');
        return segment.Length == 0 ? "sivu" : segment[..Math.Min(segment.Length, 120)];
    }

    public static bool IsValid(string segment) =>
        segment.Length is > 0 and <= 120 && segment.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && !segment.StartsWith('-') && !segment.EndsWith('-');
}

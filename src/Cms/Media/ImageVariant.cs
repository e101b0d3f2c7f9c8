using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Participation.Cms.Media;

/// <summary>A requested size of an image, parsed from <c>?width=&amp;height=&amp;mode=crop&amp;rxy=0.5,0.3</c> (ImageSharp.Web's names).</summary>
internal sealed record ImageVariant(int? Width, int? Height, bool Crop, double FocalLeft, double FocalTop)
{
    public bool IsOriginal => Width is null && Height is null;

    public string CacheSuffix => string.Create(CultureInfo.InvariantCulture, $"{Width}x{Height}{(Crop ? "c" : "m")}{FocalLeft:0.###}_{FocalTop:0.###}");

    public static bool TryParse(IQueryCollection query, int maxSize, out ImageVariant variant, out string? error)
    {
        variant = new ImageVariant(null, null, false, 0.5, 0.5);
        error = null;
        int? width = null, height = null;
        if (!TrySize(query["width"], maxSize, ref width, ref error) || !TrySize(query["height"], maxSize, ref height, ref error))
        {
            return false;
        }

        double left = 0.5, top = 0.5;
        if (query["rxy"].ToString() is { Length: > 0 } rxy)
        {
            var parts = rxy.Split(',');
            if (parts.Length != 2 || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out left)
                || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out top) || !IsFraction(left) || !IsFraction(top))
            {
                error = "rxy must be two fractions between 0 and 1, e.g. rxy=0.5,0.3.";
                return false;
            }
        }

        var mode = query["mode"].ToString();
        if (mode is not ("" or "crop" or "max"))
        {
            error = "mode must be crop or max.";
            return false;
        }

        variant = new ImageVariant(width, height, mode == "crop" && width is not null && height is not null, left, top);
        return true;
    }

    // NaN compares false with everything, so a range check alone would let it through.
    private static bool IsFraction(double value) => double.IsFinite(value) && value is >= 0 and <= 1;

    private static bool TrySize(string? text, int maxSize, ref int? size, ref string? error)
    {
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is > 0 && value <= maxSize)
        {
            size = value;
            return true;
        }

        error = $"width and height must be whole numbers from 1 to {maxSize}.";
        return false;
    }
}

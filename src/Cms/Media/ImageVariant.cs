using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Participation.Cms.Media;

/// <summary>
/// A requested size of an image, parsed from <c>?width=&amp;height=&amp;mode=crop&amp;rxy=0.5,0.3&amp;format=webp</c>
/// (ImageSharp.Web's names). <see cref="Webp"/> asks for the variant in WebP, whatever the original's format.
/// </summary>
internal sealed record ImageVariant(int? Width, int? Height, bool Crop, double FocalLeft, double FocalTop, bool Webp = false)
{
    public bool IsOriginal => Width is null && Height is null;

    public string CacheSuffix => string.Create(CultureInfo.InvariantCulture, $"{Width}x{Height}{(Crop ? "c" : "m")}{FocalLeft:0.###}_{FocalTop:0.###}");

    /// <summary>The variant's file type: the original's, or webp when asked.</summary>
    public string ExtensionFor(string original) => Webp ? "webp" : original;

    /// <summary>Parses and normalises a request: sizes snap to the allowed ones and focal points to tenths, so the set of variants stays bounded.</summary>
    public static bool TryParse(IQueryCollection query, MediaOptions options, out ImageVariant variant, out string? error)
    {
        variant = new ImageVariant(null, null, false, 0.5, 0.5);
        error = null;
        int? width = null, height = null;
        if (!TrySize(query["width"], options.MaxVariantSize, ref width, ref error) || !TrySize(query["height"], options.MaxVariantSize, ref height, ref error))
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

        var format = query["format"].ToString();
        if (format is not ("" or "webp"))
        {
            error = "format must be webp (or left out for the original's format).";
            return false;
        }

        var crop = mode == "crop" && width is not null && height is not null;

        // A focal point moves the crop window by at most a tenth of the image between grid points, which no reader
        // notices; without a crop it changes nothing, so it must not make a variant of its own.
        variant = crop
            ? new ImageVariant(options.SnapSize(width!.Value), options.SnapSize(height!.Value), true, Tenth(left), Tenth(top), format == "webp")
            : new ImageVariant(width is { } w ? options.SnapSize(w) : null, height is { } h ? options.SnapSize(h) : null, false, 0.5, 0.5, format == "webp");
        return true;
    }

    private static double Tenth(double value) => Math.Round(value * 10, MidpointRounding.AwayFromZero) / 10;

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

using SkiaSharp;

namespace Participation.Cms.Media;

/// <summary>Makes a resized or cropped copy of an image with SkiaSharp; crops keep the focal point in view.</summary>
internal static class ImageResizer
{
    public static byte[] Resize(Stream source, ImageVariant variant, string extension)
    {
        using var original = SKBitmap.Decode(source) ?? throw new InvalidDataException("Not a decodable image.");
        var (width, height) = TargetSize(original.Width, original.Height, variant);
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var image = SKImage.FromBitmap(original);
        var sourceRect = variant.Crop ? CropRect(original.Width, original.Height, width, height, variant) : SKRect.Create(original.Width, original.Height);
        using var paint = new SKPaint();
        surface.Canvas.DrawImage(image, sourceRect, SKRect.Create(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell), paint);
        using var result = surface.Snapshot();
        var format = extension is "png" or "gif" ? SKEncodedImageFormat.Png : extension == "webp" ? SKEncodedImageFormat.Webp : SKEncodedImageFormat.Jpeg;
        using var data = result.Encode(format, 82);
        return data.ToArray();
    }

    private static (int Width, int Height) TargetSize(int sourceWidth, int sourceHeight, ImageVariant variant)
    {
        if (variant.Crop)
        {
            return (variant.Width!.Value, variant.Height!.Value);
        }

        // "max": fit inside the box, never upscale.
        var scale = Math.Min(
            variant.Width is { } w ? (double)w / sourceWidth : double.MaxValue,
            variant.Height is { } h ? (double)h / sourceHeight : double.MaxValue);
        scale = Math.Min(scale, 1);
        return (Math.Max(1, (int)Math.Round(sourceWidth * scale)), Math.Max(1, (int)Math.Round(sourceHeight * scale)));
    }

    private static SKRect CropRect(int sourceWidth, int sourceHeight, int width, int height, ImageVariant variant)
    {
        var scale = Math.Max((double)width / sourceWidth, (double)height / sourceHeight);
        // Floating point can put width / scale a hair past the source's edge; never ask for more than the image has.
        var cropWidth = Math.Min(sourceWidth, width / scale);
        var cropHeight = Math.Min(sourceHeight, height / scale);
        var left = Math.Clamp((variant.FocalLeft * sourceWidth) - (cropWidth / 2), 0, sourceWidth - cropWidth);
        var top = Math.Clamp((variant.FocalTop * sourceHeight) - (cropHeight / 2), 0, sourceHeight - cropHeight);
        return SKRect.Create((float)left, (float)top, (float)cropWidth, (float)cropHeight);
    }
}

using SkiaSharp;

namespace Participation.Cms.Media;

/// <summary>
/// Makes a resized or cropped copy of an image with SkiaSharp; crops keep the focal point in view. Skia decodes whatever
/// size a file's header claims, so the header is read first and an image over the limits is never decoded; JPEG and
/// WebP are decoded already scaled down when the variant is much smaller; and only a few decodes run at once.
/// </summary>
internal sealed class ImageResizer(MediaOptions options) : IDisposable
{
    private readonly SemaphoreSlim gate = new(Math.Max(1, options.MaxConcurrentResizes));

    public async Task<byte[]> ResizeAsync(Stream source, ImageVariant variant, string extension, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            return Resize(source, variant, extension);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    /// <exception cref="ImageNotResizableException">The file is not an image Skia can read, or it is over the limits.</exception>
    private byte[] Resize(Stream source, ImageVariant variant, string extension)
    {
        using var codec = SKCodec.Create(source) ?? throw new ImageNotResizableException("The file is not a decodable image.");
        var (sourceWidth, sourceHeight) = (codec.Info.Width, codec.Info.Height);
        if (!options.AllowsImage(sourceWidth, sourceHeight))
        {
            throw new ImageNotResizableException(
                $"The image is {sourceWidth} × {sourceHeight} pixels; variants are made of images up to {options.MaxImageSide} pixels a side and {options.MaxImagePixels / 1_000_000} megapixels. Request the original instead.");
        }

        var (width, height) = TargetSize(sourceWidth, sourceHeight, variant);
        var needed = (float)Math.Max((double)width / sourceWidth, (double)height / sourceHeight);
        var decoded = needed < 1 ? codec.GetScaledDimensions(needed) : codec.Info.Size;
        if (decoded.Width < Math.Floor(sourceWidth * needed) || decoded.Height < Math.Floor(sourceHeight * needed))
        {
            decoded = codec.Info.Size; // never decode smaller than the variant needs: that would be upscaling
        }

        using var original = SKBitmap.Decode(codec, new SKImageInfo(decoded.Width, decoded.Height, SKImageInfo.PlatformColorType, SKAlphaType.Premul))
            ?? throw new ImageNotResizableException("The file is not a decodable image.");
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

using Participation.Cms.Media;
using Participation.Cms.PublishedCache;
using SkiaSharp;

namespace Participation.Extensions.Sharing.Images;

/// <summary>
/// An editor's photo cut to 1.91:1 (1200 × 630) around its focal point, as JPEG. The media variants snap heights to
/// their own sizes (630 would become 640), so cards get their exact size here. Images over the media limits are never decoded.
/// </summary>
internal sealed class SharePhotoCropper(IMediaStore store, MediaOptions limits)
{
    /// <summary>Null when the file is missing, unreadable or over the limits; the card then gets a drawn image.</summary>
    public async Task<byte[]?> CropAsync(PublishedMedia photo, CancellationToken cancellationToken)
    {
        var path = photo.Url.StartsWith("/media/", StringComparison.Ordinal) ? photo.Url["/media/".Length..] : null;
        await using var source = path is null ? null : await store.OpenAsync(path, cancellationToken);
        if (source is null)
        {
            return null;
        }

        using var buffered = new MemoryStream();
        await source.CopyToAsync(buffered, cancellationToken);
        buffered.Position = 0;
        using var codec = SKCodec.Create(buffered);
        if (codec is null || !limits.AllowsImage(codec.Info.Width, codec.Info.Height))
        {
            return null;
        }

        using var bitmap = SKBitmap.Decode(codec);
        if (bitmap is null)
        {
            return null;
        }

        var crop = CropRect(bitmap.Width, bitmap.Height, photo.FocalPoint?.Left ?? 0.5, photo.FocalPoint?.Top ?? 0.5);
        using var surface = SKSurface.Create(new SKImageInfo(ShareImages.Width, ShareImages.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.White);
        using var image = SKImage.FromBitmap(bitmap);
        using var paint = new SKPaint();
        surface.Canvas.DrawImage(image, crop, SKRect.Create(ShareImages.Width, ShareImages.Height), new SKSamplingOptions(SKCubicResampler.Mitchell), paint);
        using var result = surface.Snapshot();
        using var jpeg = result.Encode(SKEncodedImageFormat.Jpeg, 85);
        return jpeg.ToArray();
    }

    /// <summary>The largest 1.91:1 window that keeps the focal point as near its centre as the edges allow.</summary>
    internal static SKRect CropRect(int width, int height, double focalLeft, double focalTop)
    {
        const double ratio = (double)ShareImages.Width / ShareImages.Height;
        var (cropWidth, cropHeight) = (double)width / height > ratio ? (height * ratio, (double)height) : (width, width / ratio);
        var left = Math.Clamp((focalLeft * width) - (cropWidth / 2), 0, width - cropWidth);
        var top = Math.Clamp((focalTop * height) - (cropHeight / 2), 0, height - cropHeight);
        return SKRect.Create((float)left, (float)top, (float)cropWidth, (float)cropHeight);
    }
}

using SkiaSharp;

namespace Participation.Extensions.Sharing.Images;

/// <summary>
/// Draws a 1200 × 630 PNG for a page without a photo: white text on a deep blue (contrast about 11:1), the kind of page
/// on a yellow label with dark text, the title in bold shrunk and wrapped to fit three lines, an event's time and place.
/// DejaVu Sans ships with the site (an embedded resource), so ä, ö and å look the same on every machine.
/// </summary>
internal sealed class ShareImageRenderer : IDisposable
{
    private const int Margin = 72;
    private static readonly SKColor Background = new(0x0B, 0x3D, 0x5C);
    private static readonly SKColor Band = new(0x13, 0x5A, 0x85);
    private static readonly SKColor Label = new(0xFF, 0xD1, 0x66);
    private static readonly SKColor Ink = new(0x10, 0x1C, 0x26);
    private static readonly SKColor Soft = new(0xD6, 0xE8, 0xF5);

    private readonly SKTypeface regular = Load("DejaVuSans.ttf");
    private readonly SKTypeface bold = Load("DejaVuSans-Bold.ttf");

    public byte[] Render(ShareImageText text)
    {
        var (width, height) = (ShareImages.Width, ShareImages.Height);
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(Background);
        using (var band = new SKPaint { Color = Band, IsAntialias = true })
        {
            canvas.DrawRect(SKRect.Create(0, height - 24, width, 24), band);
            canvas.DrawRect(SKRect.Create(0, 0, 16, height), band);
        }

        using var white = new SKPaint { Color = SKColors.White, IsAntialias = true };
        using var soft = new SKPaint { Color = Soft, IsAntialias = true };
        using var siteFont = new SKFont(bold, 34);
        canvas.DrawText(Fit(text.SiteName, siteFont, width - (2 * Margin)), Margin, 104, SKTextAlign.Left, siteFont, soft);

        var y = 170f;
        if (text.Kind is { Length: > 0 } kind)
        {
            using var labelFont = new SKFont(bold, 28);
            var labelWidth = labelFont.MeasureText(kind) + 36;
            using var labelPaint = new SKPaint { Color = Label, IsAntialias = true };
            canvas.DrawRoundRect(SKRect.Create(Margin, y - 36, labelWidth, 50), 10, 10, labelPaint);
            using var ink = new SKPaint { Color = Ink, IsAntialias = true };
            canvas.DrawText(kind, Margin + 18, y, SKTextAlign.Left, labelFont, ink);
            y += 40;
        }

        var details = new[] { text.When, text.Where }.Where(d => !string.IsNullOrWhiteSpace(d)).ToList();
        var titleRoom = height - 60 - y - (details.Count * 52);
        var (titleFont, lines) = TitleLines(text.Title, width - (2 * Margin), titleRoom);
        using (titleFont)
        {
            var lineHeight = titleFont.Size * 1.18f;
            foreach (var line in lines)
            {
                y += lineHeight;
                canvas.DrawText(line, Margin, y, SKTextAlign.Left, titleFont, white);
            }
        }

        using var detailFont = new SKFont(regular, 34);
        y += 24;
        foreach (var detail in details)
        {
            y += 48;
            canvas.DrawText(Fit(detail!, detailFont, width - (2 * Margin)), Margin, y, SKTextAlign.Left, detailFont, soft);
        }

        using var hostFont = new SKFont(regular, 26);
        canvas.DrawText(text.Host, width - Margin, height - 52, SKTextAlign.Right, hostFont, soft);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    public void Dispose()
    {
        regular.Dispose();
        bold.Dispose();
    }

    /// <summary>The largest title size (72 down to 40) whose words wrap into three lines that fit; the last line ends in "…" if even 40 is too large.</summary>
    private (SKFont Font, List<string> Lines) TitleLines(string title, float width, float room)
    {
        for (var size = 72; ; size -= 8)
        {
            var font = new SKFont(bold, size);
            var maxLines = Math.Max(1, Math.Min(3, (int)(room / (size * 1.18f))));
            var lines = Wrap(title, font, width);
            if (lines.Count <= maxLines)
            {
                return (font, lines);
            }

            if (size <= 40)
            {
                lines = lines.Take(maxLines).ToList();
                lines[^1] = Fit(lines[^1] + " " + string.Join(' ', Wrap(title, font, width).Skip(maxLines)), font, width);
                return (font, lines);
            }

            font.Dispose();
        }
    }

    private static List<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && font.MeasureText(candidate) > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines.Select(l => Fit(l, font, width)).ToList();
    }

    /// <summary>The text, cut with "…" where it would run past <paramref name="width"/>.</summary>
    private static string Fit(string text, SKFont font, float width)
    {
        if (font.MeasureText(text) <= width)
        {
            return text;
        }

        var end = text.Length;
        while (end > 1 && font.MeasureText(text[..end] + "…") > width)
        {
            end--;
        }

        return text[..end].TrimEnd() + "…";
    }

    private static SKTypeface Load(string file)
    {
        using var stream = typeof(ShareImageRenderer).Assembly.GetManifestResourceStream("Participation.Extensions.Sharing." + file)
            ?? throw new InvalidOperationException($"The font {file} is not embedded.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"The font {file} cannot be read.");
    }
}

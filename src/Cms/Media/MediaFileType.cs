namespace Participation.Cms.Media;

/// <summary>Recognises a file by its first bytes, never by its name: a renamed executable is not an image.</summary>
public sealed record MediaFileType(string Extension, string ContentType, bool IsImage)
{
    private static readonly (byte[] Magic, MediaFileType Type)[] Known =
    [
        ([0xFF, 0xD8, 0xFF], new("jpg", "image/jpeg", true)),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], new("png", "image/png", true)),
        ("GIF8"u8.ToArray(), new("gif", "image/gif", true)),
        ("%PDF-"u8.ToArray(), new("pdf", "application/pdf", false)),
    ];

    public static MediaFileType? Detect(ReadOnlySpan<byte> head)
    {
        foreach (var (magic, type) in Known)
        {
            if (head.StartsWith(magic))
            {
                return type;
            }
        }

        // WebP: "RIFF" size "WEBP"
        return head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)
            ? new MediaFileType("webp", "image/webp", true)
            : null;
    }

    public static string ContentTypeOf(string extension) => extension.ToLowerInvariant() switch
    {
        "jpg" or "jpeg" => "image/jpeg",
        "png" => "image/png",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    };
}

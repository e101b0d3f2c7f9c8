using Participation.Cms.PublishedCache;
using Participation.Cms.Site;
using Participation.Extensions.Forms.Text;
using Participation.Extensions.Registration;

namespace Participation.Extensions.Sharing.Images;

/// <summary>Makes (or finds on disk) the image of one published item in one culture: the cropped photo, or a drawn card.</summary>
internal sealed class ShareImageMaker(ShareImageStore store, ShareImageRenderer renderer, SharePhotoCropper cropper, FormsText text, SiteOptions site) : IDisposable
{
    // Drawing and cropping take a core each; a burst of new pages must not take them all.
    private readonly SemaphoreSlim gate = new(2);

    /// <summary>The file's path, or null when a photo was asked for and the item has none that can be read.</summary>
    public async Task<string?> GetAsync(PublishedSnapshot snapshot, PublishedContent item, string culture, bool photo, CancellationToken cancellationToken)
    {
        var path = store.PathOf(item.Key, culture, ShareImages.Stamp(item, snapshot, culture), photo ? "jpg" : "png");
        if (File.Exists(path))
        {
            return path;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (File.Exists(path))
            {
                return path;
            }

            byte[]? bytes = photo
                ? ShareImages.Photo(item, snapshot, culture) is { } media ? await cropper.CropAsync(media, cancellationToken) : null
                : renderer.Render(Text(snapshot, item, culture));
            if (bytes is null)
            {
                return null;
            }

            await store.WriteAsync(path, bytes, cancellationToken);
            return path;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>A drawn image that is not kept: for a draft's preview.</summary>
    public byte[] Draw(PublishedSnapshot snapshot, PublishedContent item, string culture) => renderer.Render(Text(snapshot, item, culture));

    public void Dispose() => gate.Dispose();

    private ShareImageText Text(PublishedSnapshot snapshot, PublishedContent item, string culture)
    {
        var siteName = ShareText.SiteName(snapshot, culture);
        var kindKey = "sharing.type." + item.ContentTypeAlias;
        var kind = text.Keys("fi").Contains(kindKey) ? text.Get(culture, kindKey) : null;
        string? when = null, where = null;
        if (item.ContentTypeAlias == EventSchedule.ContentType)
        {
            var schedule = EventSchedule.Of(item, site);
            when = schedule.Start is { } start ? WallClockText.Range(start, schedule.End, culture, site.Zone) : text.Get(culture, "sharing.toBeAnnounced");
            where = schedule.ToBeAnnounced
                ? (schedule.Start is null ? null : text.Get(culture, "sharing.toBeAnnounced"))
                : string.Join(", ", new[] { schedule.Venue?.Name, schedule.Venue?.City }.Where(p => !string.IsNullOrWhiteSpace(p)));
        }

        return new ShareImageText(siteName, kind, ShareText.Title(item, culture, siteName), when, where, site.PublicBaseUrl.Host);
    }
}

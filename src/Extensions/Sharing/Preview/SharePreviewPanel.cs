using Microsoft.AspNetCore.Http;
using Participation.Cms.Backoffice.Editing;
using Participation.Cms.PublishedCache;
using Participation.Cms.Routing;
using Participation.Cms.Site;

namespace Participation.Extensions.Sharing.Preview;

/// <summary>
/// The share-card preview on the edit page, made from the saved draft over the live site (the same overlay a page
/// preview uses), so the editor sees the title, text and image Facebook and LinkedIn would show once it is published.
/// </summary>
internal sealed class SharePreviewPanel(PublishedSnapshotService snapshots, ShareCards cards, SiteOptions site) : IEditorPanel
{
    public const string View = "~/Backoffice/Pages/Sharing/_SharePreview.cshtml";

    public async Task<EditorPanel?> BuildAsync(Guid key, string culture, HttpContext http, CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.PreviewAsync(key, cancellationToken);
        if (snapshot.GetByKey(key) is not { } item || !item.Cultures.ContainsKey(culture) || item.ContentType.IsElement)
        {
            return null;
        }

        var card = cards.For(new ContentPage(new PageContext(item, culture, snapshot, http)));
        var photo = ShareImages.Photo(item, snapshot, culture);
        var image = photo?.Crop(ShareImages.Width, ShareImages.Height) ?? DraftImageEndpoint.PathOf(key, culture, ShareImages.Stamp(item, snapshot, culture));
        return new EditorPanel(View, new SharePreview(card, image, photo is null, site.PublicBaseUrl.Host));
    }
}

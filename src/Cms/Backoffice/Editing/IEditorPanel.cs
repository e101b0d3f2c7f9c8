using Microsoft.AspNetCore.Http;

namespace Participation.Cms.Backoffice.Editing;

/// <summary>
/// Something an add-on shows beside an item's edit form (the share-card preview), so the engine's edit page need not
/// know the add-on: a partial view and the model it renders, or null when the panel has nothing to show for this item.
/// </summary>
public interface IEditorPanel
{
    Task<EditorPanel?> BuildAsync(Guid key, string culture, HttpContext http, CancellationToken cancellationToken);
}

/// <summary>A panel to render: <paramref name="PartialView"/> is a full view path, e.g. <c>~/Sharing/Preview/_SharePreview.cshtml</c>.</summary>
public sealed record EditorPanel(string PartialView, object Model);

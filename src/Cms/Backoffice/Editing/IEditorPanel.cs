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

public static class EditorPanels
{
    /// <summary>The panels that have something to show for this item, in registration order.</summary>
    public static async Task<IReadOnlyList<EditorPanel>> BuildAllAsync(this IEnumerable<IEditorPanel> panels, Guid key, string culture, HttpContext http)
    {
        var shown = new List<EditorPanel>();
        foreach (var panel in panels)
        {
            if (await panel.BuildAsync(key, culture, http, http.RequestAborted) is { } built)
            {
                shown.Add(built);
            }
        }

        return shown;
    }
}

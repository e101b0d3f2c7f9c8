using Participation.Cms.Backoffice.Text;
using Participation.Cms.Content;
using Participation.Cms.Persistence;

namespace Participation.Cms.Backoffice.Editing;

/// <summary>
/// Explains a save refused with <see cref="ContentConflictException"/>: reads the version the form was based on and
/// compares the editor's form, as it would be stored, with the draft saved meanwhile (<see cref="SaveConflict"/>).
/// </summary>
public sealed class SaveConflicts(CmsDatabase database, DocumentValidator validator, BackofficeText text)
{
    /// <param name="current">The item as it is now (the other save's draft).</param>
    public async Task<SaveConflict> ExplainAsync(EditorState current, string culture, ContentDocument yours, int? basedOn, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var based = await db.GetDocumentAsync(basedOn, cancellationToken);

        // Compared as they would be stored (dates with offsets, numbers as numbers), else every untouched date or number
        // would differ from the stored one in form only and be listed as the editor's change.
        ContentDocument stored;
        try
        {
            stored = validator.Normalize(current.Type, yours);
        }
        catch (ContentValidationException)
        {
            stored = yours;
        }

        var (by, at) = current.DraftSaved ?? ("?", current.Node.UpdateDate);
        return SaveConflict.Resolve(current.Type, culture, text, based, current.Draft, stored, by, at);
    }
}

using Microsoft.EntityFrameworkCore;
using Participation.Cms.PublishedCache;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Persistence;

namespace Participation.Extensions.AreaCommittees.Ideas;

/// <summary>
/// An idea sent with the form an area committee's page picks appears on that page when an editor approves its entry,
/// and leaves it when the entry is rejected afterwards. Only the title and the idea are copied: the page never shows
/// who sent it.
/// </summary>
internal sealed class PublishIdeasOnApproval(PublishedSnapshotService snapshots) : IEntryStateParticipant
{
    public const string FormProperty = "ideaForm";
    public const string TitleField = "title";
    public const string TextField = "idea";

    public async Task EntryStateChangedAsync(ExtensionsDbContext db, FormDefinition form, FormEntry entry, DateTime now, CancellationToken cancellationToken)
    {
        if (entry.State != FormEntryState.Approved)
        {
            await WithdrawAsync(db, entry.Id, cancellationToken);
            return;
        }

        if (AreaOf(form, entry) is not { } area)
        {
            return; // another form, or this one sent from elsewhere (the API without a page)
        }

        var values = FormSubmissions.ReadValues(entry.Values);
        var title = Answer(values, TitleField, AreaIdeaLimits.Title);
        var text = Answer(values, TextField, AreaIdeaLimits.Text);
        if ((title.Length == 0 && text.Length == 0) || await db.Set<AreaIdea>().AnyAsync(i => i.EntryId == entry.Id, cancellationToken))
        {
            return;
        }

        db.Set<AreaIdea>().Add(new AreaIdea
        {
            EntryId = entry.Id,
            FormId = form.Id,
            AreaKey = area,
            Title = title.Length > 0 ? title : FirstLine(text),
            Text = text,
            Culture = entry.Culture,
            Status = IdeaStatus.New,
            CreatedUtc = entry.CreatedUtc,
            PublishedUtc = now,
            UpdatedUtc = now,
        });
        await IdeaTotalsChange.Of(IdeaStatus.New, 1, 0).ApplyAsync(db, area, cancellationToken);
    }

    internal static async Task WithdrawAsync(ExtensionsDbContext db, Guid entryId, CancellationToken cancellationToken)
    {
        if (await db.Set<AreaIdea>().AsNoTracking().FirstOrDefaultAsync(i => i.EntryId == entryId, cancellationToken) is not { } idea)
        {
            return;
        }

        if (await db.Set<AreaIdea>().Where(i => i.EntryId == entryId).ExecuteDeleteAsync(cancellationToken) == 1)
        {
            await IdeaTotalsChange.Of(idea.Status, -1, -idea.CommittedEuros).ApplyAsync(db, idea.AreaKey, cancellationToken);
        }
    }

    /// <summary>The area page the entry was sent from, if that page picks this form as its idea form.</summary>
    private Guid? AreaOf(FormDefinition form, FormEntry entry) =>
        entry.PageKey is { } key && snapshots.Current.GetByKey(key) is { ContentTypeAlias: AreaShares.AreaType } page
            && page.Value<Guid?>(FormProperty, entry.Culture) == form.Id
            ? key
            : null;

    // A form changed by an editor may have lost its title field: the idea's first line stands in.
    private static string FirstLine(string text) => text.Split('\n')[0].Trim() is var line && line.Length > 80 ? line[..80] + "…" : line;

    private static string Answer(IReadOnlyDictionary<string, IReadOnlyList<string>> values, string alias, int max) =>
        (values.GetValueOrDefault(alias)?.FirstOrDefault() ?? "").Trim() is var answer && answer.Length > max ? answer[..max] : answer;
}

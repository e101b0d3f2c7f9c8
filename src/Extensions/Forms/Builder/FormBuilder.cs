using Microsoft.EntityFrameworkCore;
using Participation.Cms.Backoffice.Text;
using Participation.Cms.Persistence;
using Participation.Cms.PropertyEditors;
using Participation.Cms.PublishedCache;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Persistence;

namespace Participation.Extensions.Forms.Builder;

/// <summary>
/// Creates, saves and deletes form definitions for the builder. Every save is checked whole, then written in one
/// unit of work with its audit row and a <see cref="FormSaved"/>, so every node's catalog drops the old form after
/// commit. The stored UpdateDate is the version: a save based on an older one is refused, never merged or overwritten.
/// </summary>
public sealed class FormBuilder(
    UnitOfWorkProvider unitOfWork,
    ExtensionsDatabase database,
    PublishedSnapshotService snapshots,
    FormChecks checks,
    BackofficeText text)
{

    /// <summary>The stored form, or null when there is none or its document no longer parses.</summary>
    public async Task<FormDraft?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var row = await db.Set<FormDefinitionRecord>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        try
        {
            return row is null ? null : new FormDraft(FormDefinitionJson.Read(row.Document) with { Id = row.Id, Alias = row.Alias }, row.UpdateDate.Ticks);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    public async Task<BuilderOutcome> CreateAsync(string name, string alias, string user, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(name))
        {
            errors["name"] = text["forms.builder.error.name"];
        }

        await using var uow = await unitOfWork.BeginAsync(cancellationToken);
        await using var db = await database.JoinAsync(uow, cancellationToken);
        if (!FormChecks.IsAlias(alias))
        {
            errors["alias"] = text["forms.builder.error.alias"];
        }
        else if (await db.Set<FormDefinitionRecord>().AnyAsync(f => f.Alias.ToLower() == alias.ToLowerInvariant(), cancellationToken))
        {
            errors["alias"] = text.Format("forms.builder.error.formAliasTaken", alias);
        }

        if (errors.Count > 0)
        {
            return BuilderOutcome.Refused(errors);
        }

        var id = Guid.NewGuid();
        var form = new FormDefinition { Id = id, Alias = alias, Name = name.Trim() }.AddPage("");
        form = form.AddFieldset(form.Pages[0].Id, form.Name);
        var version = Truncate(uow.Now);
        db.Set<FormDefinitionRecord>().Add(new FormDefinitionRecord { Id = id, Alias = alias, Name = form.Name, Document = FormDefinitionJson.Write(form), UpdateDate = version });
        await db.SaveChangesAsync(cancellationToken);
        uow.Audit(user, "FormCreate", null, $"{alias} ({id})");
        uow.Notify(new FormSaved(id));
        await uow.CompleteAsync(cancellationToken);
        return BuilderOutcome.Done(id, version.Ticks);
    }

    /// <summary>Saves <paramref name="form"/> if it passes every check and <paramref name="version"/> is still the stored one.</summary>
    public async Task<BuilderOutcome> SaveAsync(FormDefinition form, long version, string user, CancellationToken cancellationToken)
    {
        var errors = checks.Check(form);
        if (errors.Count > 0)
        {
            return BuilderOutcome.Refused(errors);
        }

        await using var uow = await unitOfWork.BeginAsync(cancellationToken);
        await using var db = await database.JoinAsync(uow, cancellationToken);
        var based = new DateTime(version, DateTimeKind.Utc);
        var next = Truncate(uow.Now);
        next = next.Ticks > version ? next : new DateTime(version + 10, DateTimeKind.Utc); // a stopped clock still moves the version
        var document = FormDefinitionJson.Write(form);

        // Compare-and-set in one statement: of two editors saving the same version, exactly one wins.
        var changed = await db.Set<FormDefinitionRecord>().Where(f => f.Id == form.Id && f.UpdateDate == based).ExecuteUpdateAsync(
            f => f.SetProperty(x => x.Name, form.Name).SetProperty(x => x.Document, document).SetProperty(x => x.UpdateDate, next),
            cancellationToken);
        if (changed == 0)
        {
            return await db.Set<FormDefinitionRecord>().AnyAsync(f => f.Id == form.Id, cancellationToken)
                ? BuilderOutcome.Stale(text["forms.builder.error.stale"])
                : BuilderOutcome.Missing;
        }

        uow.Audit(user, "FormSave", null, $"{form.Alias} ({form.Id})");
        uow.Notify(new FormSaved(form.Id));
        await uow.CompleteAsync(cancellationToken);
        return BuilderOutcome.Done(form.Id, next.Ticks);
    }

    /// <summary>Deletes a form that has no entries and that no published page picks; otherwise says why not.</summary>
    public async Task<BuilderOutcome> DeleteAsync(Guid id, string user, CancellationToken cancellationToken)
    {
        await using var uow = await unitOfWork.BeginAsync(cancellationToken);
        await using var db = await database.JoinAsync(uow, cancellationToken);
        var row = await db.Set<FormDefinitionRecord>().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (row is null)
        {
            return BuilderOutcome.Missing;
        }

        var entries = await db.Set<FormEntry>().CountAsync(e => e.FormId == id, cancellationToken);
        var pickedBy = PickedBy(id);
        if (entries > 0 || pickedBy.Count > 0)
        {
            var message = entries > 0
                ? text.Format("forms.builder.error.hasEntries", entries)
                : text.Format("forms.builder.error.picked", string.Join(", ", pickedBy));
            return BuilderOutcome.Refused(new Dictionary<string, string> { [BuilderKeys.Form] = message });
        }

        db.Remove(row);
        await db.SaveChangesAsync(cancellationToken);
        uow.Audit(user, "FormDelete", null, $"{row.Alias} ({id})");
        uow.Notify(new FormSaved(id));
        await uow.CompleteAsync(cancellationToken);
        return BuilderOutcome.Done(id, 0);
    }

    // Published pages only: a draft that picks a deleted form shows no form and the picker offers it no more.
    private List<string> PickedBy(Guid id)
    {
        var snapshot = snapshots.Current;
        return snapshot.All
            .Where(c => PickedForms.PicksInAnyCulture(c, id))
            .Select(c => c.Name(c.Cultures.Keys.First()))
            .ToList();
    }

    // PostgreSQL keeps microseconds, so a version must survive the round trip through either database.
    private static DateTime Truncate(DateTime utc) => new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
}

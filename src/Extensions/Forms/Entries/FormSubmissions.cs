using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Uploads;
using Participation.Extensions.Forms.Validation;
using Participation.Extensions.Forms.Workflows;
using Participation.Extensions.Persistence;

namespace Participation.Extensions.Forms.Entries;

/// <summary>A submission as it arrives from a page or the API, before any check.</summary>
public sealed record FormSubmission(
    IReadOnlyDictionary<string, IReadOnlyList<string>> Values,
    string Culture,
    Guid? PageKey = null,
    string? IdempotencyKey = null,
    IReadOnlyList<UploadedFile>? Files = null,
    bool RejectUnknown = false,
    EntryParticipant? Alongside = null);

/// <summary>
/// What an add-on writes with an entry, in the entry's own transaction (a seat, a booking request): it runs before the
/// entry is saved, so a lock it takes comes first; errors it returns roll everything back and are shown like the
/// form's own. <paramref name="values"/> are the checked answers of the visible fields.
/// </summary>
public delegate Task<IReadOnlyList<FieldError>> EntryParticipant(
    ExtensionsDbContext db, FormEntry entry, IReadOnlyDictionary<string, IReadOnlyList<string>> values, CancellationToken cancellationToken);

/// <summary>What became of a submission.</summary>
public abstract record SubmitResult
{
    public sealed record Accepted(Guid EntryId) : SubmitResult;

    /// <summary>The same idempotency key was stored before: nothing new is stored.</summary>
    public sealed record Duplicate(Guid EntryId) : SubmitResult;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : SubmitResult;
}

/// <summary>
/// Stores entries. The entry, its files' rows and one outbox row per workflow are written in one transaction, so an
/// accepted entry always has its mails coming and a failed commit leaves neither; files move into place only after
/// the commit. Nothing here reads more than the one form and, for a replay, one row by its key.
/// </summary>
public sealed class FormSubmissions(
    ExtensionsDatabase database,
    FormValidator validator,
    UploadChecks uploadChecks,
    UploadScan uploadScan,
    FormUploadStore uploads,
    WorkflowQueue workflows,
    IEnumerable<IEntryStateParticipant> participants,
    TimeProvider clock)
{
    public static readonly JsonSerializerOptions ValuesJson = new(JsonSerializerDefaults.Web);

    public async Task<SubmitResult> SubmitAsync(FormDefinition form, FormSubmission submission, CancellationToken cancellationToken)
    {
        var files = submission.Files ?? [];
        var values = new Dictionary<string, IReadOnlyList<string>>(submission.Values, StringComparer.OrdinalIgnoreCase);
        foreach (var group in files.GroupBy(f => f.FieldAlias, StringComparer.OrdinalIgnoreCase))
        {
            values[group.Key] = group.Select(f => f.FileName).ToList(); // a file answers its field for "required" and conditions
        }

        var validation = validator.Validate(form, values, submission.Culture, submission.RejectUnknown);
        var errors = validation.Errors.ToList();
        foreach (var group in files.GroupBy(f => f.FieldAlias, StringComparer.OrdinalIgnoreCase))
        {
            if (form.Field(group.Key) is { Type: FieldTypes.FileUpload } field && validation.Values.ContainsKey(field.Alias))
            {
                errors.AddRange(uploadChecks.Check(field, group.ToList(), submission.Culture));
            }
        }

        if (errors.Count > 0)
        {
            return new SubmitResult.Invalid(errors);
        }

        var key = submission.IdempotencyKey is { Length: > 0 and <= 100 } k ? k : null;
        if (key is not null && await FindByKeyAsync(form.Id, key, cancellationToken) is { } earlier)
        {
            return new SubmitResult.Duplicate(earlier);
        }

        var kept = files.Where(f => validation.Values.ContainsKey(f.FieldAlias)).ToList();
        if (await uploadScan.CheckAsync(form, kept, submission.Culture, cancellationToken) is { Count: > 0 } refusedFiles)
        {
            return new SubmitResult.Invalid(refusedFiles);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var entry = new FormEntry
        {
            Id = Guid.NewGuid(),
            FormId = form.Id,
            State = form.ManualApproval ? FormEntryState.Submitted : FormEntryState.Approved,
            CreatedUtc = now,
            UpdatedUtc = now,
            Culture = submission.Culture,
            PageKey = submission.PageKey,
            IdempotencyKey = key,
            SubjectEmail = SubjectEmail(form, validation.Values),
        };

        var staged = new List<(string Temporary, FormEntryFile Row)>();
        try
        {
            foreach (var file in kept)
            {
                var extension = Path.GetExtension(file.FileName).TrimStart('.').ToLowerInvariant();
                var id = Guid.NewGuid();
                staged.Add((await uploads.StageAsync(file.Content, cancellationToken), new FormEntryFile
                {
                    Id = id,
                    EntryId = entry.Id,
                    FieldAlias = form.Field(file.FieldAlias)!.Alias,
                    FileName = SafeFileName(file.FileName),
                    ContentType = UploadChecks.ContentTypeOf(extension),
                    Length = file.Content.Length,
                    StorageName = id.ToString("N") + "." + extension,
                }));
            }

            // Files are answered by their ids, so the stored answer never carries a visitor's path.
            var stored = new Dictionary<string, IReadOnlyList<string>>(validation.Values, StringComparer.OrdinalIgnoreCase);
            foreach (var group in staged.GroupBy(s => s.Row.FieldAlias))
            {
                stored[group.Key] = group.Select(s => s.Row.Id.ToString()).ToList();
            }

            entry.Values = JsonSerializer.Serialize(stored, ValuesJson);

            await using var db = database.CreateContext();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (submission.Alongside is { } alongside && await alongside(db, entry, validation.Values, cancellationToken) is { Count: > 0 } refused)
            {
                return new SubmitResult.Invalid(refused); // disposing the transaction rolls back; staged files are discarded below
            }

            db.Set<FormEntry>().Add(entry);
            db.Set<FormEntryFile>().AddRange(staged.Select(s => s.Row));
            workflows.Enqueue(db, form, entry, WorkflowStage.Submit, now);
            if (entry.State == FormEntryState.Approved)
            {
                workflows.Enqueue(db, form, entry, WorkflowStage.Approve, now);
                foreach (var participant in participants)
                {
                    await participant.EntryStateChangedAsync(db, form, entry, now, cancellationToken);
                }
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbUpdateException) when (key is not null)
            {
                // The same key, sent twice at once: the first commit won.
                if (await FindByKeyAsync(form.Id, key, CancellationToken.None) is { } raced)
                {
                    return new SubmitResult.Duplicate(raced);
                }

                throw;
            }

            foreach (var (temporary, row) in staged)
            {
                uploads.Place(temporary, row.StorageName);
            }

            staged.Clear();
        }
        finally
        {
            foreach (var (temporary, _) in staged)
            {
                uploads.Discard(temporary);
            }
        }

        workflows.Wake();
        return new SubmitResult.Accepted(entry.Id);
    }

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ReadValues(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, List<string>>>(json, ValuesJson)?
            .ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.OrdinalIgnoreCase)
        ?? new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The first e-mail answer, lower-cased: whose entry this is for a data-subject request.</summary>
    public static string? SubjectEmail(FormDefinition form, IReadOnlyDictionary<string, IReadOnlyList<string>> values) =>
        form.Fields.Where(f => f.Type == FieldTypes.Email).Select(f => values.GetValueOrDefault(f.Alias)?.FirstOrDefault())
            .FirstOrDefault(v => v is { Length: > 0 })?.ToLowerInvariant();

    private async Task<Guid?> FindByKeyAsync(Guid formId, string key, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        return await db.Set<FormEntry>().Where(e => e.FormId == formId && e.IdempotencyKey == key).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(cancellationToken);
    }

    // Only the last path segment, without control characters, at most 255 characters: shown to editors, used as the download name.
    private static string SafeFileName(string name)
    {
        var last = name.Replace('\\', '/').Split('/')[^1];
        var clean = new string(last.Where(c => !char.IsControl(c)).ToArray()).Trim();
        return clean.Length == 0 ? "file" : clean.Length > 255 ? clean[^255..] : clean;
    }
}

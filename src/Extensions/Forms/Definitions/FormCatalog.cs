using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Participation.Extensions.Persistence;

namespace Participation.Extensions.Forms.Definitions;

/// <summary>
/// Every form definition, parsed, in memory: a site has tens of forms, and a page that shows one must not read the
/// database. Loaded on first use and dropped on every node when any node saves a form (<see cref="FormSaved"/>).
/// A stored document that does not parse is logged and left out, so one bad form never takes the others down.
/// </summary>
public sealed class FormCatalog(ExtensionsDatabase database, ILogger<FormCatalog> logger)
{
    private Task<ImmutableDictionary<Guid, FormDefinition>>? loaded;

    public async Task<FormDefinition?> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).GetValueOrDefault(id);

    public async Task<IReadOnlyList<FormDefinition>> ListAsync(CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).Values.OrderBy(f => f.Name, StringComparer.CurrentCulture).ToList();

    public void Reset() => Interlocked.Exchange(ref loaded, null);

    private Task<ImmutableDictionary<Guid, FormDefinition>> LoadAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref loaded);
        if (current is { IsFaulted: false, IsCanceled: false })
        {
            return current;
        }

        var next = ReadAsync(cancellationToken);
        Interlocked.CompareExchange(ref loaded, next, current);
        return next;
    }

    private async Task<ImmutableDictionary<Guid, FormDefinition>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var rows = await db.Set<FormDefinitionRecord>().AsNoTracking().ToListAsync(cancellationToken);
        var forms = ImmutableDictionary.CreateBuilder<Guid, FormDefinition>();
        foreach (var row in rows)
        {
            try
            {
                forms[row.Id] = FormDefinitionJson.Read(row.Document) with { Id = row.Id, Alias = row.Alias };
            }
            catch (InvalidDataException exception)
            {
                logger.LogError(exception, "Form {Alias} ({Id}) is left out: its definition does not parse", row.Alias, row.Id);
            }
        }

        return forms.ToImmutable();
    }
}

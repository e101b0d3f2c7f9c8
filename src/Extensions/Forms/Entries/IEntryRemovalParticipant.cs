using Participation.Extensions.Persistence;

namespace Participation.Extensions.Forms.Entries;

/// <summary>
/// An add-on's rows that hold personal data copied from entries (a registration's name and address): called in the
/// transaction that deletes the entries, whoever deletes them (an editor, retention, a data-subject erasure), so the
/// copies go with the originals.
/// </summary>
public interface IEntryRemovalParticipant
{
    Task EntriesRemovedAsync(ExtensionsDbContext db, IReadOnlyCollection<Guid> entryIds, CancellationToken cancellationToken);
}

using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Persistence;

namespace Participation.Extensions.Forms.Entries;

/// <summary>
/// An add-on's rows that follow an entry's state (an approved idea is shown on its area's page, a rejected one is taken
/// off it). Called inside the transaction that changes the state, whoever changes it: an editor, a <c>changeState</c>
/// workflow, or the submission itself when the form is not moderated; so the add-on's rows and the state commit or
/// roll back together. Called only when the state really changed, with the entry in its new state.
/// </summary>
public interface IEntryStateParticipant
{
    Task EntryStateChangedAsync(ExtensionsDbContext db, FormDefinition form, FormEntry entry, DateTime now, CancellationToken cancellationToken);
}

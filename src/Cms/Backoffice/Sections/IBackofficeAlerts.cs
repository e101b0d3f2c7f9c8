using System.Security.Claims;

namespace Participation.Cms.Backoffice.Sections;

/// <summary>
/// Something an add-on needs editors to notice on the backoffice's front page (failed mails, say), shown at the top
/// of the content dashboard. Asked on every visit there, so an implementation reads an index, not a table.
/// </summary>
public interface IBackofficeAlerts
{
    Task<IReadOnlyList<BackofficeAlert>> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}

/// <summary>One alert: its text, already in the editor's language, and where to go to deal with it.</summary>
public sealed record BackofficeAlert(string Text, string Url);

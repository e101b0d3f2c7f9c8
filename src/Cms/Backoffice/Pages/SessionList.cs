using Participation.Cms.Backoffice.Sessions;

namespace Participation.Cms.Backoffice.Pages;

/// <summary>A user's open sessions as _SessionList renders them; each row posts its session's id as <paramref name="SessionIdField"/> to <paramref name="Handler"/>.</summary>
public sealed record SessionList(IReadOnlyList<SessionRecord> Sessions, string? CurrentId, string Handler, string SessionIdField = "id");

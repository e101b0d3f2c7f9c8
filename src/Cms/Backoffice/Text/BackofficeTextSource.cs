using System.Reflection;

namespace Participation.Cms.Backoffice.Text;

/// <summary>
/// An add-on's backoffice texts: embedded <c>&lt;prefix&gt;&lt;area&gt;.&lt;language&gt;.json</c> resources merged into
/// <see cref="BackofficeText"/>, so an add-on's pages use the same <c>T["key"]</c> and language as the engine's.
/// </summary>
public sealed record BackofficeTextSource(Assembly Assembly, string ResourcePrefix);

namespace Participation.Cms.Backoffice.Sections;

/// <summary>
/// A section an add-on puts in the backoffice's header, after Media: the engine renders every one registered in DI
/// without knowing what they are. The name is a backoffice text key (add-ons bring their texts with
/// <see cref="Text.BackofficeTextSource"/>), and the link shows only to editors the policy lets in.
/// </summary>
/// <param name="Id">Matched against the page's <c>ViewData["Section"]</c> to mark the current section.</param>
/// <param name="TextKey">The section's name in the header.</param>
/// <param name="Url">Where the header links to, under <c>/umbraco</c>.</param>
/// <param name="Policy">The authorization policy that shows the link; the pages enforce their own.</param>
public sealed record BackofficeSection(string Id, string TextKey, string Url, string Policy);

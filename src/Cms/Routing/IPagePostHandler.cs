namespace Participation.Cms.Routing;

/// <summary>
/// The one way a public page takes a POST (a registration, a booking, feedback): the form posts to the page's own URL,
/// the router checks the antiforgery token and hands the request to the handler for the page's content type. Pages
/// without a handler answer 405. The handler answers with a redirect (post/redirect/get) or the page again with its
/// messages next to the fields; it never renders anything of its own. A handler with no content type (a form shown on
/// any page) is asked after the page's own one, and takes the post only when <see cref="Accepts"/> says so.
/// </summary>
public interface IPagePostHandler
{
    /// <summary>The content type whose pages this handler takes posts for; null for a handler that may serve any page.</summary>
    string? ContentType { get; }

    /// <summary>Whether this post is for this handler; called after the antiforgery check, so the form body is read.</summary>
    bool Accepts(PageContext context) => true;

    Task<PagePostResult> HandleAsync(PageContext context, CancellationToken cancellationToken);
}

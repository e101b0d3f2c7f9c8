namespace Participation.Cms.Routing;

/// <summary>
/// The one way a public page takes a POST (a registration, a booking, feedback): the form posts to the page's own URL,
/// the router checks the antiforgery token and hands the request to the handler for the page's content type. Pages
/// without a handler answer 405. The handler answers with a redirect (post/redirect/get) or the page again with its
/// messages next to the fields; it never renders anything of its own.
/// </summary>
public interface IPagePostHandler
{
    string ContentType { get; }

    Task<PagePostResult> HandleAsync(PageContext context, CancellationToken cancellationToken);
}

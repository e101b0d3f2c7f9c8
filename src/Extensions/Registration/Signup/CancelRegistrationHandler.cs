using Participation.Cms.Routing;

namespace Participation.Extensions.Registration.Signup;

/// <summary>
/// The cancel button in the registration box that a participant's link opens: the post carries the link's token, never
/// a bare id, and goes back to the same box, which now says it is cancelled. The way back names no token: the cookie the
/// link's first open made is given again, so the box still opens if it has expired meanwhile.
/// </summary>
internal sealed class CancelRegistrationHandler(RegistrationLinks links, RegistrationDesk desk, PageRenderer renderer, TimeProvider clock) : IPagePostHandler
{
    public string? ContentType => EventSchedule.ContentType;

    public bool Accepts(PageContext context) => context.Http.Request.HasFormContentType && context.Http.Request.Form.ContainsKey(RegistrationLinks.TokenField);

    public async Task<PagePostResult> HandleAsync(PageContext context, CancellationToken cancellationToken)
    {
        var token = (string?)context.Http.Request.Form[RegistrationLinks.TokenField];
        var page = context.Content.Url(context.Culture) ?? "/";
        if (links.Open(token) is not { } opened)
        {
            // An expired or forged token: the box again, saying the link no longer works.
            return PagePostResult.Render(await renderer.BuildAsync(context, cancellationToken), 400);
        }

        await desk.CancelAsync(context.Content.Key, opened.Id, cancellationToken);
        RegistrationLinks.Cookie(context.Content.Key, page).Give(context.Http, token!, opened.Expires, clock.GetUtcNow());
        return PagePostResult.RedirectTo(page + "#registration");
    }
}

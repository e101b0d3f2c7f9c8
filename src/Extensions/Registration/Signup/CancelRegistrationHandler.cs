using Participation.Cms.Routing;

namespace Participation.Extensions.Registration.Signup;

/// <summary>
/// The cancel button in the registration box that a participant's link opens: the post carries the link's token, never
/// a bare id, and goes back to the same box, which now says it is cancelled.
/// </summary>
internal sealed class CancelRegistrationHandler(RegistrationLinks links, RegistrationDesk desk) : IPagePostHandler
{
    public string? ContentType => EventSchedule.ContentType;

    public bool Accepts(PageContext context) => context.Http.Request.HasFormContentType && context.Http.Request.Form.ContainsKey(RegistrationLinks.TokenField);

    public async Task<PagePostResult> HandleAsync(PageContext context, CancellationToken cancellationToken)
    {
        var token = (string?)context.Http.Request.Form[RegistrationLinks.TokenField];
        var page = context.Content.Url(context.Culture) ?? "/";
        if (links.Read(token) is { } id)
        {
            await desk.CancelAsync(context.Content.Key, id, cancellationToken);
        }

        // An expired or forged token lands on the box too, which says the link no longer works.
        return PagePostResult.RedirectTo(page + "?" + RegistrationLinks.QueryName + "=" + Uri.EscapeDataString(token ?? "") + "#registration");
    }
}

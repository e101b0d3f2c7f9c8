using Participation.Cms.Routing;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Rendering;

namespace Participation.Extensions.SpaceBooking.Requests;

/// <summary>
/// Takes a space page's booking form: the forms engine checks, guards and stores it as usual, with the form narrowed to
/// this space's equipment and the request's slot written (or refused) in the entry's transaction. Any other form on the
/// page goes on to the forms engine's own handler.
/// </summary>
internal sealed class SpaceBookingPostHandler(FormPostHandler forms, FormCatalog catalog, BookingRequests requests) : IPagePostHandler
{
    public string? ContentType => BookableSpace.ContentType;

    public bool Accepts(PageContext context) =>
        FormPostHandler.PostedForm(context) is { } posted && posted == BookableSpace.From(context.Content, context.Culture).FormId;

    public async Task<PagePostResult> HandleAsync(PageContext context, CancellationToken cancellationToken)
    {
        var space = BookableSpace.From(context.Content, context.Culture);
        if (await catalog.GetAsync(space.FormId!.Value, cancellationToken) is not { } form || !BookingForms.BooksSlots(form))
        {
            return await forms.HandleAsync(context, cancellationToken);
        }

        return await forms.HandleAsync(context, BookingForms.ForSpace(form, space), requests.For(space, context.Culture), cancellationToken);
    }
}

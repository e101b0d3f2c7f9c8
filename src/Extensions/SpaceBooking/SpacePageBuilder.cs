using Participation.Cms.Routing;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.SpaceBooking.Calendar;
using Participation.Extensions.SpaceBooking.Requests;
using Participation.Cms.PageCache;

namespace Participation.Extensions.SpaceBooking;

internal sealed class SpacePageBuilder(FormCatalog forms, AvailabilityCalendar calendar) : IPageModelBuilder
{
    public string ContentType => BookableSpace.ContentType;

    public async Task<ContentPage> BuildAsync(PageContext context, CancellationToken cancellationToken)
    {
        PageCache.DoNotStore(context.Http); // the week calendar changes with every booking
        var space = BookableSpace.From(context.Content, context.Culture);
        var form = space.FormId is { } id ? await forms.GetAsync(id, cancellationToken) : null;
        if (form is null || !BookingForms.BooksSlots(form))
        {
            return new SpacePage(context) { BookingForm = form };
        }

        var week = (string?)context.Http.Request.Query[AvailabilityWeek.QueryKey];
        return new SpacePage(context)
        {
            BookingForm = BookingForms.ForSpace(form, space),
            Availability = await calendar.WeekAsync(space.Key, week, cancellationToken),
        };
    }
}

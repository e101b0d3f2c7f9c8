using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Sections;
using Participation.Cms.Routing;
using Participation.Extensions.Forms.Backoffice;
using Participation.Extensions.Forms.Workflows;
using Participation.Extensions.SpaceBooking.Calendar;
using Participation.Extensions.SpaceBooking.Decisions;
using Participation.Extensions.SpaceBooking.Feed;
using Participation.Extensions.SpaceBooking.Requests;

namespace Participation.Extensions.SpaceBooking;

public static class SpaceBookingServiceCollectionExtensions
{
    /// <summary>
    /// Shared spaces booked through their page's form: no overlap with an approved booking, editors approve or reject in
    /// the backoffice and the requester is mailed, a public week calendar of taken times and an .ics feed per space.
    /// Needs <c>AddForms()</c> first.
    /// </summary>
    public static WebApplicationBuilder AddSpaceBooking(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SpaceBookingOptions>().BindConfiguration("SpaceBooking").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<BookingRequests>();
        services.AddSingleton<IPagePostHandler, SpaceBookingPostHandler>();
        services.AddSingleton<AvailabilityCalendar>();
        services.AddSingleton<IPageModelBuilder, SpacePageBuilder>();
        services.AddSingleton<BookingCalendar>();
        services.AddSingleton<BookingDecisions>();
        services.AddSingleton<BookingQueue>();
        services.AddSingleton<IOutboxTaskHandler, BookingDecisionMail>();
        services.AddSingleton(new BackofficeSection("bookings", "bookings.section", "/umbraco/bookings", FormsPolicies.ManageEntries));
        return builder;
    }

    /// <summary>The spaces' .ics feeds. Before the CMS's catch-all page route.</summary>
    public static WebApplication MapSpaceBooking(this WebApplication app)
    {
        app.MapBookingFeed();
        return app;
    }
}

using Microsoft.AspNetCore.Http;
using Participation.Cms.Routing;
using Participation.Cms.Site;
using Participation.Extensions.Registration.Seats;
using Participation.Extensions.Registration.Signup;
using Participation.Cms.PageCache;

namespace Participation.Extensions.Registration;

internal sealed class PartnershipTablePageBuilder(SeatBoard board, RegistrationLinks links, RegistrationDesk desk, SiteOptions site, TimeProvider clock) : IPageModelBuilder
{
    public string ContentType => EventSchedule.ContentType;

    public async Task<ContentPage> BuildAsync(PageContext context, CancellationToken cancellationToken)
    {
        var (content, culture, _, http) = context;
        PageCache.DoNotStore(http); // seats left change with every sign-up, and a sign-up's own page is personal
        var now = clock.GetUtcNow();
        var schedule = EventSchedule.Of(content, site);
        OwnRegistration? mine = null;
        var page = content.Url(culture) ?? "/";
        var cookie = RegistrationLinks.Cookie(content.Key, page);
        var fromLink = (string?)http.Request.Query[RegistrationLinks.QueryName];
        // A cancel post whose token was refused shows the box again, saying so, without putting the token in an address.
        var posted = HttpMethods.IsPost(http.Request.Method) && http.Request.HasFormContentType ? (string?)http.Request.Form[RegistrationLinks.TokenField] : null;
        var token = fromLink ?? posted ?? cookie.Read(http);
        if (token is not null)
        {
            // A personal page: kept by no cache (the site-wide referrer policy already keeps the token from other sites).
            http.Response.Headers.CacheControl = "no-store";
            if (links.Open(token) is { } opened && await desk.FindAsync(content.Key, opened.Id, token, cancellationToken) is { } found)
            {
                if (fromLink is not null)
                {
                    // The link's first open: the token moves into a cookie and out of the address bar (ASVS 14.2.1).
                    return new ContentPage(context) { SeeOther = cookie.Swap(http, token, opened.Expires, now, "#registration", RegistrationLinks.QueryName) };
                }

                mine = found;
            }
        }

        return new PartnershipTablePage(context)
        {
            Start = schedule.Start,
            End = schedule.End,
            Venue = schedule.Venue,
            ToBeAnnounced = schedule.ToBeAnnounced,
            Registration = schedule.Window,
            RegistrationOpen = schedule.ToBeAnnounced || (schedule.Window?.IsOpen(now) ?? false),
            IsPast = EventSchedule.IsPast(content, culture, now),
            Capacity = schedule.Capacity,
            Waitlist = schedule.Waitlist,
            Seats = schedule.Capacity > 0 ? await board.GetAsync(content.Key, cancellationToken) : new SeatCount(0, 0),
            Mine = mine,
            LinkInvalid = (fromLink ?? posted) is not null && mine is null,
        };
    }
}

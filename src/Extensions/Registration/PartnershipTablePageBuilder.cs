using Microsoft.AspNetCore.Http;
using Participation.Cms.PropertyEditors;
using Participation.Cms.PublishedCache;
using Participation.Cms.Routing;

namespace Participation.Extensions.Registration;

internal sealed class PartnershipTablePageBuilder(TimeProvider clock) : IPageModelBuilder
{
    public string ContentType => "partnershipTable";

    public ContentPage Build(PublishedContent content, string culture, HttpContext http)
    {
        var now = clock.GetUtcNow();
        var window = EventSchedule.Window(content);
        var start = EventSchedule.Start(content);
        return new PartnershipTablePage(content, culture)
        {
            Start = start,
            End = EventSchedule.End(content),
            Venue = content.Value<Venue>("venue", culture),
            ToBeAnnounced = content.Value<bool>("venueToBeAnnounced", culture) || start is null,
            Registration = window,
            RegistrationOpen = window?.IsOpen(now) ?? false,
            IsPast = EventSchedule.IsPast(content, now),
        };
    }
}

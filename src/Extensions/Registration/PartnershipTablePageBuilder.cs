using Participation.Cms.PropertyEditors;
using Participation.Cms.Routing;

namespace Participation.Extensions.Registration;

internal sealed class PartnershipTablePageBuilder(TimeProvider clock) : IPageModelBuilder
{
    public string ContentType => "partnershipTable";

    public Task<ContentPage> BuildAsync(PageContext context, CancellationToken cancellationToken)
    {
        var (content, culture, snapshot, http) = context;
        var now = clock.GetUtcNow();
        var window = EventSchedule.Window(content);
        var start = EventSchedule.Start(content);
        return Task.FromResult<ContentPage>(new PartnershipTablePage(context)
        {
            Start = start,
            End = EventSchedule.End(content),
            Venue = content.Value<Venue>("venue", culture),
            ToBeAnnounced = content.Value<bool>("venueToBeAnnounced", culture) || start is null,
            Registration = window,
            RegistrationOpen = window?.IsOpen(now) ?? false,
            IsPast = EventSchedule.IsPast(content, now),
        });
    }
}

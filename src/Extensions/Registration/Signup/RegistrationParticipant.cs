using Microsoft.Extensions.Options;
using Participation.Cms.Routing;
using Participation.Cms.Site;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Rendering;
using Participation.Extensions.Forms.Text;
using Participation.Extensions.Forms.Workflows;
using Participation.Extensions.Persistence;
using Participation.Extensions.Registration.Seats;

namespace Participation.Extensions.Registration.Signup;

/// <summary>Takes part in the registration form's post on an event's page: a seat, a queue place or an expression of interest.</summary>
internal sealed class RegistrationParticipant(
    ExtensionsDatabase database,
    EventGate gate,
    RegistrationLinks links,
    SeatBoard board,
    WorkflowQueue queue,
    FormsText text,
    SiteOptions site,
    IOptions<RegistrationOptions> options,
    TimeProvider clock) : IFormPostParticipant
{
    public FormParticipation? Join(PageContext context, FormDefinition form)
    {
        if (context.Content.ContentTypeAlias != EventSchedule.ContentType)
        {
            return null;
        }

        var schedule = EventSchedule.Of(context.Content, site);
        return schedule.FormId == form.Id
            ? new SignUp(context, schedule, database, gate, links, board, queue, text, site.Zone, options.Value, clock)
            : null;
    }
}

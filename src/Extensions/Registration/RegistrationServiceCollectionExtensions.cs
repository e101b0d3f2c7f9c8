using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Backoffice.Sections;
using Participation.Cms.Hosting;
using Participation.Cms.Routing;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Forms.Rendering;
using Participation.Extensions.Forms.Workflows;
using Participation.Extensions.Registration.Mails;
using Participation.Extensions.Registration.Organiser;
using Participation.Extensions.Registration.Seats;
using Participation.Extensions.Registration.Signup;

namespace Participation.Extensions.Registration;

public static class RegistrationServiceCollectionExtensions
{
    /// <summary>
    /// Events (partnership tables, trainings): lists, times in the site's zone, and registration with seats, a waitlist,
    /// links to cancel without an account, and mails with calendar files through the forms outbox.
    /// </summary>
    public static WebApplicationBuilder AddRegistration(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<RegistrationOptions>().BindConfiguration("Registration").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IPageModelBuilder, EventsPageBuilder>();
        services.AddSingleton<IPageModelBuilder, PartnershipTablePageBuilder>();
        services.AddSingleton<SeatBoard>();
        services.AddSingleton<EventGate>();
        services.AddSingleton<RegistrationLinks>();
        services.AddSingleton<RegistrationDesk>();
        services.AddSingleton<IFormPostParticipant, RegistrationParticipant>();
        services.AddSingleton<IPagePostHandler, CancelRegistrationHandler>();
        services.AddSingleton<IOutboxTaskHandler, RegistrationMailHandler>();
        services.AddNotificationHandler<MailParticipantsWhenAnEventChanges>();

        // The organisers' side: participant lists, attendance, exports, a mail to everyone, calling an event off.
        services.AddSingleton(new BackofficeSection("registrations", "registration.section", "/umbraco/registrations", BackofficePolicies.Access));
        services.AddSingleton<ParticipantList>();
        services.AddSingleton<OrganiserActions>();
        services.AddSingleton<IEntryRemovalParticipant, ForgetRegistrationsWithTheirEntries>();
        services.AddSingleton<AnonymiseAfterEvent>();
        services.AddHostedService(sp => sp.GetRequiredService<AnonymiseAfterEvent>());
        return builder;
    }
}

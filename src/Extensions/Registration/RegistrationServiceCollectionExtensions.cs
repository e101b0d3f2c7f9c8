using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Routing;

namespace Participation.Extensions.Registration;

public static class RegistrationServiceCollectionExtensions
{
    /// <summary>Events (partnership tables, trainings): lists, times in Helsinki, registration deadlines.</summary>
    public static WebApplicationBuilder AddRegistration(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IPageModelBuilder, EventsPageBuilder>();
        builder.Services.AddSingleton<IPageModelBuilder, PartnershipTablePageBuilder>();
        return builder;
    }
}

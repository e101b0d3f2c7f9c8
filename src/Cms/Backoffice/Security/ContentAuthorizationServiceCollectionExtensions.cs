using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Participation.Cms.Backoffice.Security;

internal static class ContentAuthorizationServiceCollectionExtensions
{
    /// <summary>The content rule (<see cref="ContentAuthorizationHandler"/>) and the page filter that applies it to marked handlers.</summary>
    public static IServiceCollection AddContentAuthorization(this IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationHandler, ContentAuthorizationHandler>();
        services.AddSingleton<AuthorizeContentFilter>();
        services.Configure<RazorPagesOptions>(options => options.Conventions.ConfigureFilter(new ServiceFilterAttribute(typeof(AuthorizeContentFilter))));
        return services;
    }
}

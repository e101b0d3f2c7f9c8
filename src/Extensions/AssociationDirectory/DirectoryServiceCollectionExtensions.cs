using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Routing;

namespace Participation.Extensions.AssociationDirectory;

public static class DirectoryServiceCollectionExtensions
{
    /// <summary>The association directory: listing with municipality filter and paging.</summary>
    public static WebApplicationBuilder AddDirectory(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IPageModelBuilder, DirectoryPageBuilder>();
        return builder;
    }
}

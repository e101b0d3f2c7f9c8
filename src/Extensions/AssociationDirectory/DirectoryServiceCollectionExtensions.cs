using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Routing;
using Participation.Cms.Search;

namespace Participation.Extensions.AssociationDirectory;

public static class DirectoryServiceCollectionExtensions
{
    /// <summary>The association directory on the content index: free text, facets with counts, paging, and the same as JSON.</summary>
    public static WebApplicationBuilder AddDirectory(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ISearchFieldContributor, AssociationSearchFields>();
        builder.Services.AddSingleton<DirectorySearch>();
        builder.Services.AddSingleton<IPageModelBuilder, DirectoryPageBuilder>();
        return builder;
    }

    public static WebApplication MapDirectoryApi(this WebApplication app) => app.MapDirectory();
}

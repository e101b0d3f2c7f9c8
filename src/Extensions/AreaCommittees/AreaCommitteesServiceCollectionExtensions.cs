using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Routing;

namespace Participation.Extensions.AreaCommittees;

public static class AreaCommitteesServiceCollectionExtensions
{
    /// <summary>Area committees with each area's budget share computed from its population.</summary>
    public static WebApplicationBuilder AddAreaCommittees(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IPageModelBuilder>(new AreaCommitteesPageBuilder("areaCommittees"));
        builder.Services.AddSingleton<IPageModelBuilder>(new AreaCommitteesPageBuilder("areaCommittee"));
        return builder;
    }
}

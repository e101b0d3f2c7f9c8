using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Sections;
using Participation.Cms.Routing;
using Participation.Extensions.AreaCommittees.Ideas;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Forms.Workflows;

namespace Participation.Extensions.AreaCommittees;

public static class AreaCommitteesServiceCollectionExtensions
{
    /// <summary>
    /// Area committees with each area's budget share computed from its population, and residents' ideas: approved in
    /// the Forms section, answered in the Ideas section, shown with their status on the area's page. After AddForms,
    /// whose text source also brings the Ideas section's texts (Backoffice/Text/ideas.*.json).
    /// </summary>
    public static WebApplicationBuilder AddAreaCommittees(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<AreaIdeaQuery>();
        services.AddSingleton<AreaIdeaEditing>();
        services.AddSingleton<IPageModelBuilder>(sp => new AreaCommitteesPageBuilder(AreaShares.ListType, sp.GetRequiredService<AreaIdeaQuery>()));
        services.AddSingleton<IPageModelBuilder>(sp => new AreaCommitteesPageBuilder(AreaShares.AreaType, sp.GetRequiredService<AreaIdeaQuery>()));
        services.AddSingleton<IEntryStateParticipant, PublishIdeasOnApproval>();
        services.AddSingleton<IEntryRemovalParticipant, WithdrawIdeasWithTheirEntries>();
        services.AddSingleton<IOutboxTaskHandler, IdeaChangedMail>();
        services.AddSingleton(new BackofficeSection("ideas", "ideas.section", "/umbraco/ideas", IdeasPolicies.ManageIdeas));
        services.AddAuthorization(IdeasPolicies.Configure);
        return builder;
    }
}

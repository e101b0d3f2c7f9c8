using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Backoffice.Sections;
using Participation.Cms.Backoffice.Text;
using Participation.Extensions.Forms.Builder;
using Participation.Extensions.Forms.DataSubjects;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Forms.Export;
using Participation.Extensions.Forms.Retention;
using Participation.Extensions.Forms.Workflows;

namespace Participation.Extensions.Forms.Backoffice;

public static class FormsBackofficeServiceCollectionExtensions
{
    /// <summary>The editors' side of entries: the Forms section, the form builder, moderation, exports, data-subject requests and retention.</summary>
    public static IServiceCollection AddFormsBackoffice(this IServiceCollection services)
    {
        services.AddSingleton(new BackofficeSection("forms", "forms.section", "/umbraco/forms", BackofficePolicies.Access));
        services.AddSingleton(new BackofficeTextSource(typeof(FormsPolicies).Assembly, "Participation.Extensions.Backoffice."));
        services.AddAuthorization(FormsPolicies.Configure);
        services.AddSingleton<FormChecks>();
        services.AddSingleton<FormBuilder>();
        services.AddSingleton<EntryQuery>();
        services.AddSingleton<EntryRemoval>();
        services.AddSingleton<EntryModeration>();
        services.AddSingleton<FormStatistics>();
        services.AddSingleton<FailingWorkflows>();
        services.AddSingleton<IBackofficeAlerts, FailingWorkflowAlerts>();
        services.AddSingleton<EntryExports>();
        services.AddSingleton<DataSubjectRequests>();
        services.AddSingleton<EntryRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<EntryRetention>());
        return services;
    }
}

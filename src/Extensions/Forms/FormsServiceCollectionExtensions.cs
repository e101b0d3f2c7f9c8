using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.DataPackage;
using Participation.Cms.Hosting;
using Participation.Extensions.Forms.Backoffice;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Forms.Rendering;
using Participation.Extensions.Forms.Text;
using Participation.Extensions.Forms.Uploads;
using Participation.Extensions.Forms.Validation;
using Participation.Extensions.Forms.Workflows;

namespace Participation.Extensions.Forms;

public static class FormsServiceCollectionExtensions
{
    /// <summary>Forms: definitions (stored, imported, exported), validation, entries that are never lost, workflows from an outbox.</summary>
    public static WebApplicationBuilder AddForms(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<FormsOptions>().BindConfiguration("Forms");
        services.AddSingleton<IDataPackagePart, FormsDataPackagePart>();
        services.AddSingleton<FormCatalog>();
        services.AddNotificationHandler<ResetFormsOnChange>(Participation.Cms.Notifications.HandlerStage.ContentTypes);
        services.AddSingleton<Participation.Cms.Backoffice.Editing.IFormPickerOptions, FormPickerOptions>();
        services.AddSingleton<FormsText>();
        services.AddSingleton<FormValidator>();
        services.AddSingleton<UploadChecks>();
        services.AddSingleton<UploadScan>();
        services.AddSingleton<FormUploadStore>();
        services.AddSingleton<WorkflowQueue>();
        services.AddSingleton<FormSubmissions>();
        services.AddSingleton<FormSpamGuard>();
        services.AddSingleton<PublicPostLimiter>();
        services.AddSingleton<FormPostHandler>();
        services.AddSingleton<Participation.Cms.Routing.IPagePostHandler>(sp => sp.GetRequiredService<FormPostHandler>());
        services.AddFormWorkflows();
        services.AddFormsBackoffice();
        return builder;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Participation.Cms.Security.Transport;
using Participation.Extensions.Forms.Workflows.Mail;
using Participation.Extensions.Forms.Workflows.Webhooks;

namespace Participation.Extensions.Forms.Workflows;

public static class FormWorkflowsServiceCollectionExtensions
{
    /// <summary>Form workflows: mail (SMTP or a pickup folder), signed posts, changes of state, run from the outbox on every node.</summary>
    public static IServiceCollection AddFormWorkflows(this IServiceCollection services)
    {
        services.AddOptions<WorkflowOptions>().BindConfiguration("Forms:Workflows").ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MailOptions>().BindConfiguration("Forms:Mail").ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WebhookOptions>().BindConfiguration("Forms:Webhooks");
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITransportCheck, SmtpTransportCheck>());
        services.AddSingleton<PlaintextWebhooks>();

        services.AddSingleton<SmtpMailTransport>();
        services.AddSingleton<PickupFolderMailTransport>();
        services.AddSingleton<IMailTransport>(sp => sp.GetRequiredService<IOptions<MailOptions>>().Value.Transport == MailTransportKind.Smtp
            ? sp.GetRequiredService<SmtpMailTransport>()
            : sp.GetRequiredService<PickupFolderMailTransport>());

        // Redirects are not followed: the editor's address is the one that must answer 2xx. No proxy either: through one,
        // the connection checked for internal addresses would be the proxy's, not the receiver's.
        services.AddSingleton<WebhookConnections>();
        services.AddHttpClient(PostToUrlWorkflow.ClientName, client => client.Timeout = TimeSpan.FromSeconds(10))
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseProxy = false,
                ConnectCallback = sp.GetRequiredService<WebhookConnections>().ConnectAsync,
            });

        services.AddSingleton<SendEmailWorkflow>();
        services.AddSingleton<PostToUrlWorkflow>();
        services.AddSingleton<ChangeStateWorkflow>();
        services.AddSingleton<WorkflowStatus>();
        services.AddSingleton<WorkflowProcessor>();
        services.AddHostedService(sp => sp.GetRequiredService<WorkflowProcessor>());
        return services;
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Participation.Cms.Security.PublicCertificate;

namespace Participation.Cms.Security.Transport;

public static class TransportGuards
{
    /// <summary>
    /// Production refuses to start on a clear-text database, HTTP or SMTP connection (see <see cref="TransportGuard"/>);
    /// add-ons add their own <see cref="ITransportCheck"/>.
    /// </summary>
    public static WebApplicationBuilder AddTransportGuards(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TransportOptions>().BindConfiguration("Cms:Transport").ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TransportOptions>, TransportGuard>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ITransportCheck, DatabaseTransportCheck>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ITransportCheck, HttpTransportCheck>());
        builder.Services.AddOptions<PublicCertificateOptions>().BindConfiguration(PublicCertificateOptions.Section);
        builder.Services.TryAddSingleton<PublicRoots>();
        builder.Services.AddSingleton<PublicCertificateStatus>();
        builder.Services.AddHostedService<PublicCertificateCheck>();
        return builder;
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Participation.Cms.Logging;

public static class LogShipping
{
    /// <summary>
    /// With <c>Cms:LogShipping:Address</c> set, a copy of the log goes to that syslog receiver over TLS; the console
    /// log stays as it is. Without it, nothing is added.
    /// </summary>
    public static WebApplicationBuilder AddLogShipping(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(LogShippingOptions.Section);
        if (string.IsNullOrWhiteSpace(section["Address"]))
        {
            return builder;
        }

        builder.Services.AddOptions<LogShippingOptions>().Bind(section).ValidateDataAnnotations()
            .Validate(options => LogShippingAddress.Parse(options) is not null).ValidateOnStart();
        builder.Services.AddSingleton<SyslogQueue>();
        builder.Services.AddHostedService<SyslogSender>();
        builder.Logging.Services.AddSingleton<ILoggerProvider, SyslogLoggerProvider>();
        return builder;
    }
}

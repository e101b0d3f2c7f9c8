using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Participation.Cms.Logging;

/// <summary>
/// Copies each log entry the host's filters let through (<c>Logging:LogLevel</c>, and <c>Logging:Syslog:LogLevel</c>
/// for this provider alone) to the shipping queue, with the request it belongs to.
/// </summary>
[ProviderAlias("Syslog")]
internal sealed class SyslogLoggerProvider(SyslogQueue queue, IOptions<LogShippingOptions> options)
    : ILoggerProvider, ISupportExternalScope
{
    private readonly SyslogQueue queue = queue;
    private readonly LogShippingOptions options = options.Value;
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public ILogger CreateLogger(string categoryName) => new SyslogLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class SyslogLogger(SyslogLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && logLevel >= provider.options.MinimumLevel;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var text = formatter(state, exception);
            if (exception is not null)
            {
                text = text.Length == 0 ? exception.ToString() : text + Environment.NewLine + exception;
            }

            var context = new Dictionary<string, string>();
            provider.scopes.ForEachScope(static (scope, found) =>
            {
                if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                {
                    foreach (var (key, value) in pairs)
                    {
                        if (key is "RequestId" or "RequestPath" && value is not null)
                        {
                            found[key == "RequestId" ? "requestId" : "path"] = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
                        }
                    }
                }
            }, context);

            // Wall-clock time, as the console's: the log host lines entries up with other systems' by it.
            provider.queue.Add(SyslogMessage.Frame(DateTimeOffset.UtcNow, logLevel, provider.options.AppName, category, eventId, text, context));
        }
    }
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Participation.Web.Tests.Infrastructure;

/// <summary>
/// What the site logged at Error or above, with the exception's first line and frame (what a 500 was), and the
/// security events (<see cref="Participation.Cms.Backoffice.Security.SecurityLog"/>) as "event id: message", and the
/// warnings by their message.
/// </summary>
public sealed class ErrorLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> entries = new();
    private readonly ConcurrentQueue<string> securityEvents = new();
    private readonly ConcurrentQueue<string> warnings = new();

    public IReadOnlyCollection<string> Entries => entries;

    public IReadOnlyCollection<string> SecurityEvents => securityEvents;

    public IReadOnlyCollection<string> Warnings => warnings;

    public ILogger CreateLogger(string categoryName) =>
        categoryName == typeof(Participation.Cms.Backoffice.Security.SecurityLog).FullName ? new EventLogger(securityEvents) : new Logger(categoryName, entries, warnings);

    public void Dispose()
    {
    }

    private sealed class EventLogger(ConcurrentQueue<string> events) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                events.Enqueue($"{eventId.Id}: {formatter(state, exception)}");
            }
        }
    }

    private sealed class Logger(string category, ConcurrentQueue<string> entries, ConcurrentQueue<string> warnings) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
            {
                warnings.Enqueue(formatter(state, exception));
                return;
            }

            if (!IsEnabled(logLevel))
            {
                return;
            }

            var inner = exception?.GetBaseException();
            var frame = inner?.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("Participation.", StringComparison.Ordinal))?.Trim()
                ?? inner?.StackTrace?.Split('\n').FirstOrDefault()?.Trim();
            entries.Enqueue($"{category}: {formatter(state, exception)} {inner?.GetType().Name}: {inner?.Message} {frame}");
        }
    }
}

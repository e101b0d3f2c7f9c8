using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Security;

/// <summary>ASVS 16.2.1, 16.2.2, 16.2.4 and 16.4.1: the Production host logs one JSON object per line, with UTC ISO 8601 timestamps, the event, category and request scope, and a line break in a value stays inside its string.</summary>
public sealed class ProductionLogFormatTests
{
    [Fact]
    public async Task TheProductionHostWritesJsonLinesWithUtcIsoTimestamps()
    {
        await using var site = new SiteFactory();
        var production = site.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        var services = production.Services;
        var console = services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        Assert.Equal(ConsoleFormatterNames.Json, console.FormatterName);
        var options = services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue;
        Assert.True(options.UseUtcTimestamp);
        Assert.True(options.IncludeScopes);
        var formatter = Assert.Single(services.GetServices<ConsoleFormatter>(), f => f.Name == console.FormatterName);

        using var output = new StringWriter();
        var entry = new LogEntry<string>(LogLevel.Warning, "Participation.Test", new EventId(1002), "name: aino\r\nForged: line", null, (s, _) => s);
        var scopes = new LoggerExternalScopeProvider();
        using (scopes.Push(new Dictionary<string, object> { ["RequestPath"] = "/umbraco/login", ["RequestId"] = "0HNTEST:00000001" })) // as the host's request scope
        {
            formatter.Write(entry, scopes, output);
        }

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines); // the CR/LF in the value did not start a line of its own
        using var json = JsonDocument.Parse(line);
        var timestamp = json.RootElement.GetProperty("Timestamp").GetString()!;
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", timestamp);
        var at = DateTimeOffset.Parse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        Assert.True((DateTimeOffset.UtcNow - at).Duration() < TimeSpan.FromMinutes(5), $"{timestamp} is not the UTC time now"); // where the machine's zone is not UTC
        Assert.Equal("name: aino\r\nForged: line", json.RootElement.GetProperty("Message").GetString());
        Assert.Equal("Warning", json.RootElement.GetProperty("LogLevel").GetString());
        Assert.Equal(1002, json.RootElement.GetProperty("EventId").GetInt32());
        Assert.Equal("Participation.Test", json.RootElement.GetProperty("Category").GetString());
        var scope = Assert.Single(json.RootElement.GetProperty("Scopes").EnumerateArray()); // where: the request the entry belongs to
        Assert.Equal("/umbraco/login", scope.GetProperty("RequestPath").GetString());
    }
}

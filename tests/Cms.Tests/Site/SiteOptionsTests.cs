using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Participation.Cms.Hosting;
using Participation.Cms.Persistence;
using Participation.Cms.Tests.Infrastructure;

namespace Participation.Cms.Tests.Site;

/// <summary>A mistyped <c>Cms:Site</c> setting stops the host at start with a message naming the setting, not later on a page.</summary>
public sealed class SiteOptionsTests
{
    [Theory]
    [InlineData("Cms:Site:TimeZone=Europe/Helsingfors", "Cms:Site:TimeZone 'Europe/Helsingfors' is not a known time zone.")]
    [InlineData("Cms:Site:DefaultCulture=de", "Cms:Site:Cultures must contain the default culture 'de'.")]
    [InlineData("Cms:Site:Cultures:0=fi|Cms:Site:Cultures:1=sv|Cms:Site:Cultures:2=fi", "Cms:Site:Cultures lists 'fi' twice.")]
    [InlineData("Cms:Site:PublicBaseUrl=ftp://osallisuus.fi", "Cms:Site:PublicBaseUrl must be an absolute http(s) address.")]
    [InlineData("Cms:Changes:PollInterval=00:10:00", "The field PollInterval must be between")]
    [InlineData("Cms:Changes:MaxReplay=0", "The field MaxReplay must be between")]
    public async Task ABadSiteSettingStopsTheHostAtStartWithAClearMessage(string settings, string message)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cms:Database:Provider"] = nameof(DatabaseProvider.Sqlite),
            ["ConnectionStrings:Cms"] = TestDatabases.Create(DatabaseProvider.Sqlite),
            ["Cms:ImportOnFirstStart"] = "false",
            ["Logging:LogLevel:Default"] = "None",
        });
        builder.Configuration.AddInMemoryCollection(settings.Split('|').Select(s => s.Split('=', 2)).Select(kv => KeyValuePair.Create(kv[0], (string?)kv[1])));
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddCms();
        await using var app = builder.Build();

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfiguredCulturesReplaceTheDefaultsInsteadOfAddingToThem()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Cms:Site:Cultures:0"] = "fi", ["Cms:Site:Cultures:1"] = "en" });
        builder.AddCms();
        await using var app = builder.Build();

        Assert.Equal(["fi", "en"], app.Services.GetRequiredService<Participation.Cms.Site.SiteOptions>().Cultures);
    }

    [Fact]
    public async Task TheDefaultSiteSettingsPassTheStartCheck()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory });
        builder.AddCms();
        await using var app = builder.Build();

        var site = app.Services.GetRequiredService<Participation.Cms.Site.SiteOptions>();

        Assert.Equal("fi", site.DefaultCulture);
        Assert.Equal("Europe/Helsinki", site.Zone.Id);
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace Participation.Web.Tests.Infrastructure;

/// <summary>
/// OpenIddict's real authorization server on a TestServer, its store an in-memory SQLite database, its keys made for
/// this run only (the site fetches the public one from the JWKS endpoint, as from a real provider). The test providers
/// add their flows, endpoints and clients.
/// </summary>
internal sealed class InProcessOpenIddict : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly SqliteConnection database;

    private InProcessOpenIddict(WebApplication app, SqliteConnection database)
    {
        this.app = app;
        this.database = database;
    }

    public TestServer Server => app.GetTestServer();

    public static async Task<InProcessOpenIddict> StartAsync(Uri issuer, Action<OpenIddictServerBuilder> server, Action<WebApplication> endpoints)
    {
        // OpenIddict keeps clients, authorizations and codes in a store; an in-memory SQLite database lives as long as this connection.
        var database = new SqliteConnection("Data Source=:memory:");
        await database.OpenAsync();

        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration["Logging:LogLevel:Default"] = "Warning"; // as the site under test; the bin folder's appsettings.json says Information
        builder.Services.AddDbContext<StoreContext>(options =>
        {
            options.UseSqlite(database);
            options.UseOpenIddict();
        });
        builder.Services.AddOpenIddict()
            .AddCore(options => options.UseEntityFrameworkCore().UseDbContext<StoreContext>())
            .AddServer(options =>
            {
                options.SetIssuer(issuer);
                options.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                server(options);
            });

        var app = builder.Build();
        app.UseAuthentication();
        endpoints(app);
        await app.StartAsync();

        // HTTPS, as a real provider: the site keeps RequireHttpsMetadata on and OpenIddict its transport check.
        app.GetTestServer().BaseAddress = issuer;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<StoreContext>().Database.EnsureCreatedAsync();
        }

        return new InProcessOpenIddict(app, database);
    }

    public async Task AddClientAsync(OpenIddictApplicationDescriptor client)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(client);
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await database.DisposeAsync();
    }

    private sealed class StoreContext(DbContextOptions<StoreContext> options) : DbContext(options);
}

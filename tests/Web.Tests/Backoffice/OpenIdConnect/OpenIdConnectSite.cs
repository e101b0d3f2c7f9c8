using System.Net;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Backoffice.OpenIdConnect;

/// <summary>
/// The real site (<see cref="SiteFactory"/>) configured for the in-process <see cref="TestIdentityProvider"/> exactly as
/// an operator would configure it, plus one test-only change: the OpenID Connect handler's back channel (discovery,
/// JWKS, token request) reaches the provider's TestServer instead of the network. One instance per test class.
/// </summary>
public class OpenIdConnectSite : IAsyncLifetime
{
    /// <summary>HTTPS as in production: the handler's correlation and nonce cookies are Secure, so a browser sends them back only over HTTPS.</summary>
    public static readonly Uri BaseAddress = new("https://localhost/");

    public static readonly Uri CallbackUri = new(BaseAddress, "/umbraco/signin-oidc");

    private readonly SiteFactory site = new();
    private readonly Uri authority;

    public OpenIdConnectSite()
        : this(TestIdentityProvider.Issuer)
    {
    }

    /// <summary>A site whose configured Authority is <paramref name="authority"/>; the back channel reaches the provider whatever its host name.</summary>
    protected OpenIdConnectSite(Uri authority) => this.authority = authority;

    public TestIdentityProvider Provider { get; private set; } = null!;

    public WebApplicationFactory<Program> Site { get; private set; } = null!;

    /// <summary>Every back-channel request the site made to the provider, in order.</summary>
    public RecordingHandler Backchannel { get; private set; } = null!;

    /// <summary>The site's clock (the provider keeps real time).</summary>
    public TestClock Clock => site.Clock;

    /// <summary>The site's security events and errors.</summary>
    public ErrorLog Log => site.Errors;

    /// <summary>More configuration of the site, for a subclass.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        Provider = await TestIdentityProvider.StartAsync(CallbackUri);
        Backchannel = new RecordingHandler(Provider.Server.CreateHandler());
        Site = site.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Cms:Backoffice:OpenIdConnect:Authority", authority.ToString());
            builder.UseSetting("Cms:Backoffice:OpenIdConnect:ClientId", TestIdentityProvider.ClientId);
            builder.UseSetting("Cms:Backoffice:OpenIdConnect:ClientSecret", TestIdentityProvider.ClientSecret);
            foreach (var (key, value) in Settings)
            {
                builder.UseSetting(key, value);
            }

            // Configure (not PostConfigure): the handler's own post-configure builds its HttpClient and
            // configuration manager from BackchannelHttpHandler, so it must be set before that runs.
            builder.ConfigureTestServices(services => services.Configure<OpenIdConnectOptions>(
                BackofficeServiceCollectionExtensions.OidcScheme, options => options.BackchannelHttpHandler = Backchannel));
        });
        _ = Site.Server; // start the site now, not inside the first test's timing
    }

    /// <summary>A browser on the site: its own cookie jar (readable, so a test can copy it), no redirects followed.</summary>
    public (HttpClient Client, CookieContainer Cookies) NewBrowser()
    {
        var cookies = new CookieContainer();
        return (Site.CreateDefaultClient(BaseAddress, new CookieContainerHandler(cookies)), cookies);
    }

    public async Task DisposeAsync()
    {
        await site.DisposeAsync(); // also disposes the configured copy made by WithWebHostBuilder
        await Provider.DisposeAsync();
    }

    public sealed class RecordingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private readonly List<(string Path, string? Body)> requests = [];

        public IReadOnlyList<(string Path, string? Body)> Requests
        {
            get
            {
                lock (requests)
                {
                    return [.. requests];
                }
            }
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            lock (requests)
            {
                requests.Add((request.RequestUri!.AbsolutePath, body));
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Routing;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Routing;

/// <summary>The one route by which a public page takes a POST: antiforgery first, then the handler of the page's type.</summary>
public sealed class PagePostTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task APostWithAValidTokenReachesThePagesHandlerAndRedirects()
    {
        using var client = Client();
        var token = await TokenAsync(client);

        var response = await client.PostAsync("/tietoa/", Form(token, ("message", "Kiitos!")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/tietoa/?kiitos=Kiitos%21", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AHandlerCanShowThePageAgainWithAStatusOfItsOwn()
    {
        using var client = Client();
        var token = await TokenAsync(client);

        var response = await client.PostAsync("/tietoa/", Form(token, ("message", "")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1", html, StringComparison.Ordinal);
        Assert.Contains(site.Snapshot.GetByRoute("fi", "/tietoa/")!.Name("fi"), WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APostWithoutAnAntiforgeryTokenIsRefused()
    {
        using var client = Client();

        var response = await client.PostAsync("/tietoa/", Form(null, ("message", "Kiitos!")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task APageWithoutAHandlerAnswersMethodNotAllowed()
    {
        using var client = Client();
        var token = await TokenAsync(client);

        var response = await client.PostAsync("/uutiset/", Form(token));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task APostToAnUnknownAddressIsNotFound()
    {
        using var client = Client();
        var token = await TokenAsync(client);

        var response = await client.PostAsync("/ei-ole-olemassa/", Form(token));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private HttpClient Client() =>
        site.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
        {
            services.AddSingleton<IPagePostHandler, EchoHandler>();
            services.AddSingleton<IStartupFilter, TokenEndpoint>();
        })).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<string> TokenAsync(HttpClient client) =>
        Regex.Match(await client.GetStringAsync("/test-antiforgery"), "^[A-Za-z0-9_-]+").Value;

    private static FormUrlEncodedContent Form(string? token, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))
            .Concat(token is null ? [] : [KeyValuePair.Create("__RequestVerificationToken", token)]));

    /// <summary>A stand-in for the forms add-on: thanks by redirect, or the page again with 400 when the message is empty.</summary>
    private sealed class EchoHandler : IPagePostHandler
    {
        public string ContentType => "page";

        public Task<PagePostResult> HandleAsync(PageContext context, CancellationToken cancellationToken)
        {
            var message = context.Http.Request.Form["message"].ToString();
            return Task.FromResult(message.Length == 0
                ? PagePostResult.Render(new ContentPage(context), StatusCodes.Status400BadRequest)
                : PagePostResult.RedirectTo($"{context.Content.Url(context.Culture)}?kiitos={Uri.EscapeDataString(message)}"));
        }
    }

    /// <summary>Hands out an antiforgery token (and its cookie) as a page with a form would.</summary>
    private sealed class TokenEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            // Not app.Map: it would set the path base, and the antiforgery cookie would then be scoped to this path only.
            app.Use(async (http, following) =>
            {
                if (http.Request.Path == "/test-antiforgery")
                {
                    await http.Response.WriteAsync(http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http).RequestToken!);
                    return;
                }

                await following(http);
            });
            next(app);
        };
    }
}

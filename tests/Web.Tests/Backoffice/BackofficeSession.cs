using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Security;

namespace Participation.Web.Tests.Backoffice;

/// <summary>A browser-like session in the backoffice: signs in through the real login form and posts forms with their antiforgery tokens.</summary>
public sealed partial class BackofficeSession(HttpClient client)
{
    public const string Password = "Kevätaurinko paistaa Kouvolassa";

    public HttpClient Client { get; } = client;

    public static HttpClient NewClient(WebApplicationFactory<Program> site) =>
        site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<string> CreateUserAsync(WebApplicationFactory<Program> site, string role)
    {
        using var scope = site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BackofficeUser>>();
        var name = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}"[..20];
        var user = new BackofficeUser { UserName = name, Email = $"{name}@example.fi", DisplayName = name };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return name;
    }

    public static async Task<BackofficeSession> SignInAsync(WebApplicationFactory<Program> site, string role) =>
        await SignInAsAsync(site, await CreateUserAsync(site, role));

    /// <summary>Another session of an existing user (a second browser).</summary>
    public static async Task<BackofficeSession> SignInAsAsync(WebApplicationFactory<Program> site, string name, string password = Password)
    {
        var session = new BackofficeSession(NewClient(site));
        var response = await session.PostFormAsync("/umbraco/login", new() { ["userName"] = name, ["password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/umbraco", response.Headers.Location?.OriginalString);
        return session;
    }

    /// <summary>Loads the page the form is on (for its antiforgery token) and posts the form to it or to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string page, Dictionary<string, string> fields, string? action = null)
    {
        var html = await OpenAsync(Client, page);
        var token = Token().Match(html).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), $"{page} has no antiforgery token");
        var form = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", WebUtility.HtmlDecode(token)) };
        return await Client.PostAsync(action ?? page, new FormUrlEncodedContent(form));
    }

    /// <summary>
    /// What a browser would post from the first form matching <paramref name="selector"/> on <paramref name="page"/>:
    /// every named input, textarea and select with its current value (checked boxes only), the antiforgery token included.
    /// </summary>
    public async Task<Dictionary<string, string>> ReadFormAsync(string page, string selector = "form.editor-form") =>
        FormFields(await OpenAsync(Client, page), selector);

    /// <summary>
    /// A page as a browser shows it: a link with a token (setup, password reset, preview) answers 303 first, having
    /// moved the token into a cookie, and the browser follows to the address without it.
    /// </summary>
    public static async Task<string> OpenAsync(HttpClient client, string page)
    {
        var response = await client.GetAsync(page);
        if (response.StatusCode == HttpStatusCode.SeeOther)
        {
            response = await client.GetAsync(response.Headers.Location);
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The fields of a form in an HTML answer already received (a form shown again after a refused post).</summary>
    public static Dictionary<string, string> FormFields(string html, string selector = "form.editor-form")
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var form = document.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"no form {selector} on the page");
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = element.GetAttribute("name")!;
            switch (element)
            {
                case AngleSharp.Html.Dom.IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked) { fields[name] = input.Value; }
                    break;
                case AngleSharp.Html.Dom.IHtmlInputElement input when input.Type is "submit" or "button":
                    break;
                case AngleSharp.Html.Dom.IHtmlInputElement input:
                    fields[name] = input.Value;
                    break;
                case AngleSharp.Html.Dom.IHtmlTextAreaElement area:
                    fields[name] = area.Value;
                    break;
                case AngleSharp.Html.Dom.IHtmlSelectElement select:
                    fields[name] = select.Value ?? "";
                    break;
            }
        }

        return fields;
    }

    /// <summary>The antiforgery token a form carries (group 1, HTML-encoded).</summary>
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    internal static partial Regex Token();
}

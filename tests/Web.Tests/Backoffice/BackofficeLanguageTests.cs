using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Backoffice.Text;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Backoffice;

/// <summary>
/// The backoffice in Finnish (the default) and English: the header's switch, the cookie and the editor's stored choice,
/// and the two text files that every page reads.
/// </summary>
public sealed partial class BackofficeLanguageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task AnEditorSwitchesToEnglishAndTheTreeTheEditFormAndErrorsFollowThenBackToFinnish()
    {
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Editor);
        var editor = await SignInAsync(name);
        var article = site.Snapshot.OfType("newsArticle").First().Key;
        var tree = await PageAsync(editor, "/umbraco");
        Assert.Contains("<html lang=\"fi\">", tree);
        Assert.Contains("Sisältöpuu", tree);
        Assert.Contains(", Etusivu</span>", tree); // the tree names each item's type in the editor's language

        var switched = await editor.Client.GetAsync("/umbraco?lang=en");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/umbraco", switched.Headers.Location?.OriginalString);
        var cookie = Assert.Single(switched.Headers.GetValues("Set-Cookie"), c => c.StartsWith(BackofficeLanguage.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("=en;", cookie);
        Assert.Contains("path=/umbraco", cookie);
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);

        tree = await PageAsync(editor, "/umbraco");
        Assert.Contains("<html lang=\"en\">", tree);
        Assert.Contains("Content tree", tree);
        Assert.Contains(", Home page</span>", tree);
        Assert.Contains("Recycle bin", tree);
        Assert.DoesNotContain("Sisältöpuu", tree);

        var form = await PageAsync(editor, $"/umbraco/content/{article}");
        Assert.Contains("<html lang=\"en\">", form);
        Assert.Contains("Save draft", form);
        Assert.Contains("data-tab-title=\"Basics\"", form);
        Assert.Contains("data-tabs-label=\"Property groups\"", form);
        Assert.Contains("\"bold\":\"Bold\"", form); // data-rte-labels, read by the rich-text editor
        Assert.DoesNotContain("Tallenna luonnos", form);

        var refused = await editor.PostFormAsync($"/umbraco/content/{article}", new() { ["culture"] = "fi", ["scheduleAction"] = "Publish", ["scheduleAt"] = "" }, $"/umbraco/content/{article}?handler=Schedule");
        var error = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("<html lang=\"en\">", error);
        Assert.Contains("Please check the following", error);
        Assert.Contains("Enter the date and time to schedule.", error);

        // The choice is the editor's, not only this browser's: a new browser starts in English.
        Assert.Equal("en", await StoredLanguageAsync(name));
        Assert.Contains("<html lang=\"en\">", await PageAsync(await SignInAsync(name), "/umbraco"));

        Assert.Equal(HttpStatusCode.Redirect, (await editor.Client.GetAsync("/umbraco?lang=fi")).StatusCode);
        tree = await PageAsync(editor, "/umbraco");
        Assert.Contains("<html lang=\"fi\">", tree);
        Assert.Contains("Sisältöpuu", tree);
        Assert.Contains("Tallenna luonnos", await PageAsync(editor, $"/umbraco/content/{article}"));
        Assert.Equal("fi", await StoredLanguageAsync(name));
    }

    [Fact]
    public async Task ASignedOutEditorReadsTheLoginPageInEnglishAndKeepsWhereTheyWereGoing()
    {
        var session = new BackofficeSession(BackofficeSession.NewClient(site));

        var switched = await session.Client.GetAsync("/umbraco/login?returnUrl=%2Fumbraco%2Fmedia&lang=en");
        Assert.Equal("/umbraco/login?returnUrl=%2Fumbraco%2Fmedia", switched.Headers.Location?.OriginalString);
        var login = await PageAsync(session, "/umbraco/login?returnUrl=%2Fumbraco%2Fmedia");
        Assert.Contains("<html lang=\"en\">", login);
        Assert.Contains("Sign in to the backoffice", login);
        Assert.Contains("lang=\"fi\" hreflang=\"fi\">Suomeksi</a>", login);

        var wrong = await session.PostFormAsync("/umbraco/login", new() { ["userName"] = "nobody", ["password"] = "not the password" });
        Assert.Contains("The user name or password is wrong.", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()));
    }

    [Fact]
    public void TheFinnishAndEnglishTextsHaveTheSameKeysAndNoEmptyValues()
    {
        var fi = Texts("fi");
        var en = Texts("en");

        Assert.True(fi.Count > 100, $"only {fi.Count} Finnish texts");
        Assert.Empty(fi.Keys.Except(en.Keys));
        Assert.Empty(en.Keys.Except(fi.Keys));
        Assert.DoesNotContain(fi.Concat(en), t => string.IsNullOrWhiteSpace(t.Value));

        // A translation that drops or adds a {0} would show a wrong value or throw in string.Format.
        Assert.All(fi.Keys, k => Assert.Equal(Placeholders(fi[k]), Placeholders(en[k])));
    }

    [Fact]
    public void EveryKeyThePagesAskForIsInTheTexts()
    {
        var keys = Texts("fi").Keys.ToHashSet(StringComparer.Ordinal);
        var prefixes = keys.Select(k => k[..k.IndexOf('.', StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);
        var backoffice = Path.Combine(Repository.Root, "src", "Cms", "Backoffice");
        var used = Directory.EnumerateFiles(backoffice, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}client{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => KeyLiteral().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .Where(u => prefixes.Contains(u.Key[..u.Key.IndexOf('.', StringComparison.Ordinal)]))
            .ToList();

        Assert.True(used.Count > 100, $"only {used.Count} keys found in the pages");
        Assert.Empty(used.Where(u => !keys.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}"));
    }

    private async Task<BackofficeSession> SignInAsync(string name)
    {
        var session = new BackofficeSession(BackofficeSession.NewClient(site));
        var response = await session.PostFormAsync("/umbraco/login", new() { ["userName"] = name, ["password"] = BackofficeSession.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }

    private async Task<string?> StoredLanguageAsync(string name)
    {
        using var scope = site.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<BackofficeUser>>().FindByNameAsync(name))?.UiCulture;
    }

    private static async Task<string> PageAsync(BackofficeSession session, string path)
    {
        var response = await session.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The file as embedded in the assembly, which is what the site reads.</summary>
    private static Dictionary<string, string> Texts(string language)
    {
        using var stream = typeof(BackofficeText).Assembly.GetManifestResourceStream($"Participation.Cms.backoffice.{language}.json");
        Assert.NotNull(stream);
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!;
    }

    private static List<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    // "group.key" string literals; ones ending in a dot are prefixes that code completes ("rte.", "media.alt." + culture).
    [GeneratedRegex(@"""([a-z][A-Za-z]*\.[A-Za-z0-9.]*[A-Za-z0-9])""")]
    private static partial Regex KeyLiteral();
}

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Media;
using Participation.Cms.Persistence;
using SkiaSharp;

namespace Participation.Bench;

/// <summary>
/// The backoffice with 10 000 generated articles under one list and 2 000 images in the media library (SQLite,
/// in-process HTTP, a signed-in editor): the content home, an article's edit page with the side tree open down to it,
/// tree levels (the first and the last page of the 10 000), the tree's and a picker's search, and the media library.
/// </summary>
internal static partial class BackofficeBench
{
    private const int Articles = 10_000;
    private const int Images = 2_000;
    private const string Password = "Kevätaurinko paistaa Kouvolassa";

    public static async Task RunAsync(int rounds)
    {
        await using var site = new SiteHost();
        var services = site.Services;
        var keys = await GeneratedTree.AddAsync(services.GetRequiredService<CmsDatabase>(), "/uutiset/", "newsArticle", Articles, i => GeneratedTree.Article(i, $"Generoitu tiivistelmä {i}."));
        var newsList = await ParentOfAsync(services, keys[0]);
        await AddImagesAsync(services);
        var client = await SignInAsync(site);

        var cases = new (string Name, Func<int, string> Url)[]
        {
            ("sign-in page /umbraco/login (baseline)", _ => "/umbraco/login"),
            ("content home /umbraco", _ => "/umbraco"),
            ("edit page of an article (tree open to it)", i => $"/umbraco/content/{keys[Math.Abs(i) % Articles]}"),
            ("tree level: first 50 of 10 000", _ => $"/umbraco/tree/children?parent={newsList}&fragment=true"),
            ("tree level: last 50 of 10 000", _ => $"/umbraco/tree/children?parent={newsList}&skip=9950&fragment=true"),
            ("tree search: one item's name", _ => "/umbraco/tree/search?q=uutinen%209999&fragment=true"),
            ("tree search: a word in every name", _ => "/umbraco/tree/search?q=generoitu&fragment=true"),
            ("content picker search (newsArticle.project)", _ => "/umbraco/api/pickers/newsArticle/project?q=kyl"),
            ("media picker search (newsArticle.image)", _ => "/umbraco/api/pickers/newsArticle/image?q=kuva"),
            ("media library /umbraco/media (2 000 images)", _ => "/umbraco/media"),
        };
        await HttpLoad.MeasureAsync(client, cases, rounds);
    }

    private static async Task<Guid> ParentOfAsync(IServiceProvider services, Guid key)
    {
        await using var db = services.GetRequiredService<CmsDatabase>().CreateContext();
        var parentId = db.Nodes.Single(n => n.Key == key).ParentId;
        return await Task.FromResult(db.Nodes.Single(n => n.Id == parentId).Key);
    }

    private static async Task AddImagesAsync(IServiceProvider services)
    {
        using var bitmap = new SKBitmap(64, 48);
        bitmap.Erase(new SKColor(40, 90, 160));
        using var encoded = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        var png = encoded.ToArray();
        var media = services.GetRequiredService<MediaService>();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < Images; i++)
        {
            await media.CreateAsync(new CreateMedia($"Generoitu kuva {i}", $"kuva-{i}.png", png) { AltText = new Dictionary<string, string> { ["fi"] = $"Kuva {i}" } }, "bench");
        }

        Console.WriteLine($"{Images} images uploaded through MediaService in {watch.Elapsed.TotalSeconds:0.0} s");
    }

    private static async Task<HttpClient> SignInAsync(SiteHost site)
    {
        using (var scope = site.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackofficeUser>>();
            var user = new BackofficeUser { UserName = "bench-editor", Email = "bench-editor@example.fi", DisplayName = "Bench" };
            var created = await users.CreateAsync(user, Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(user, BackofficeRoles.Editor);
        }

        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await client.GetStringAsync("/umbraco/login");
        var token = WebUtility.HtmlDecode(Token().Match(login).Groups[1].Value);
        var response = await client.PostAsync("/umbraco/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "bench-editor",
            ["password"] = Password,
            ["__RequestVerificationToken"] = token,
        }));
        return response.StatusCode == HttpStatusCode.Redirect ? client : throw new InvalidOperationException($"sign-in answered {(int)response.StatusCode}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

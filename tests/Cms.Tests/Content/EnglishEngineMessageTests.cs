using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Content;
using Participation.Cms.ContentTypes;
using Participation.Cms.Media;
using Participation.Cms.Persistence;
using Participation.Cms.PropertyEditors;
using Participation.Cms.Tests.Infrastructure;

namespace Participation.Cms.Tests.Content;

/// <summary>
/// The engine checks that the backoffice cannot reach over HTTP (its forms offer only valid choices) still speak
/// the editor's language: with the UI culture set to English, every refusal is the English text.
/// </summary>
public sealed class EnglishEngineMessageTests : IAsyncLifetime
{
    private static readonly Guid HomeKey = Guid.Parse("00000000-0000-4000-8000-000000000001");
    private static readonly ContentType Element = new() { Alias = "card", Name = "Kortti", IsElement = true };

    private CmsTestHost host = null!;

    public async Task InitializeAsync()
    {
        host = await CmsTestHost.StartAsync(DatabaseProvider.Sqlite);
        await TestContentTypes.InstallAsync(host);
        await host.ContentTypes.SaveAsync(Element, "test");
        await host.ContentTypes.SaveAsync(TestContentTypes.Article with { Alias = "invariant", Name = "Kieletön", AllowedAtRoot = true, VariesByCulture = false, Groups = [] }, "test");
        await host.ContentTypes.SaveAsync(
            TestContentTypes.Article with
            {
                Alias = "coded",
                Name = "Koodattu",
                AllowedAtRoot = true,
                Groups = [new PropertyGroup { Alias = "c", Name = "C", Properties = [new PropertyType { Alias = "code", Name = "Koodi", Editor = "Umbraco.TextBox", Regex = "^[0-9]+$", VariesByCulture = true }] }],
            },
            "test");
        await host.Content.CreateAsync(new("home", null, TestContentTypes.Document("Koti")) { Key = HomeKey }, "test");
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task TreeRulesRefuseInEnglish()
    {
        English();
        var article = await host.Content.CreateAsync(new("article", HomeKey, TestContentTypes.Document("Juttu", "x")), "test");
        var child = await host.Content.CreateAsync(new("section", HomeKey, TestContentTypes.Document("Osio")), "test");

        await Refuses("Content cannot be moved under itself.", () => host.Tree.MoveAsync(HomeKey, HomeKey, "test"));
        await Refuses("'Osio' is not allowed under 'Artikkeli'.", () => host.Tree.MoveAsync(child, article, "test"));
        await Refuses("'Artikkeli' cannot be at the top level.", () => host.Tree.MoveAsync(article, null, "test"));
        await Refuses("'card' is an element type and cannot be in the content tree.", () => host.Content.CreateAsync(new("card", HomeKey, TestContentTypes.Document("Kortti")), "test"));
        await Refuses("There is no content type 'nothing'.", () => host.Content.CreateAsync(new("nothing", HomeKey, TestContentTypes.Document("?")), "test"));
        await Refuses($"Content {Guid.Empty} was not found.", () => host.Tree.TrashAsync(Guid.Empty, "test"));

        await host.Tree.TrashAsync(article, "test");
        await Refuses("Content in the recycle bin cannot be published.", () => host.Content.PublishAsync(article, null, "test"));
    }

    [Fact]
    public async Task PublishingRulesRefuseInEnglish()
    {
        English();
        var key = await host.Content.CreateAsync(new("article", HomeKey, TestContentTypes.Document("Juttu", "x")), "test");

        await Refuses("The language version 'sv' has not been saved.", () => host.Content.PublishAsync(key, ["sv"], "test"));
        var withSwedish = TestContentTypes.Document("Juttu", "x");
        withSwedish.Cultures["sv"] = new CultureVariant { Name = "Sak", Values = { ["summary"] = "y" } };
        await host.Content.SaveAsync(key, withSwedish, "test");
        await Refuses("Publish the default language (fi) version first.", () => host.Content.PublishAsync(key, ["sv"], "test"));
    }

    [Fact]
    public async Task DocumentChecksRefuseInEnglish()
    {
        English();
        var english = TestContentTypes.Document("Story", "x", culture: "en");
        english.Values["summary"] = "shared";
        english.Cultures["de"] = new CultureVariant { Name = "Sache" };
        english.Cultures["en"].Values["count"] = 1;
        english.Cultures["en"].Values["nonsense"] = 1;

        var errors = await RefusesWithErrors(() => host.Content.CreateAsync(new("article", HomeKey, english), "test"));

        Assert.Equal("The name in the default language (fi) is missing.", errors["name@fi"]);
        Assert.Equal("This value belongs to a language version.", errors["summary"]);
        Assert.Equal("The language 'de' is not supported.", errors["name@de"]);
        Assert.Equal("This value does not depend on the language.", errors["count@en"]);
        Assert.Equal("Type 'article' has no property 'nonsense'.", errors["nonsense@en"]);

        var twoCultures = TestContentTypes.Document("Nimi");
        twoCultures.Cultures["sv"] = new CultureVariant { Name = "Namn" };
        errors = await RefusesWithErrors(() => host.Content.CreateAsync(new("invariant", null, twoCultures), "test"));
        Assert.Equal("This type has only one language version.", errors["name@sv"]);

        var coded = TestContentTypes.Document(" ");
        coded.Cultures["fi"].Segment = "Iso Kirjain";
        coded.Cultures["fi"].Values["code"] = "abc";
        errors = await RefusesWithErrors(() => host.Content.CreateAsync(new("coded", null, coded), "test"));
        Assert.Equal("Enter a name.", errors["name@fi"]);
        Assert.Equal("The URL segment may contain only lowercase letters a–z, digits and hyphens.", errors["segment@fi"]);
        Assert.Equal("Koodi: the value is not in the right format.", errors["code@fi"]);

        var draft = await host.Content.CreateAsync(new("article", HomeKey, TestContentTypes.Document("Kesken")), "test");
        errors = await RefusesWithErrors(() => host.Content.PublishAsync(draft, null, "test"));
        Assert.Equal("summary is required.", errors["summary@fi"]);
    }

    [Fact]
    public async Task MediaChecksRefuseInEnglish()
    {
        English();
        var media = host.Services.GetRequiredService<MediaService>();
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        var image = await media.CreateAsync(new CreateMedia("Piste", "piste.png", png), "test");

        await RefusesUpload("The file must be between 1 byte and 20 MB.", () => media.CreateAsync(new CreateMedia("Tyhjä", "tyhja.png", []), "test"));
        await RefusesUpload("Enter a name and a focal point inside the image (0–1).", () => media.UpdateAsync(image, "Piste", new Dictionary<string, string>(), new FocalPoint(2, 0.5), "test"));
        await RefusesUpload("A folder can only be created inside another folder.", () => media.CreateFolderAsync("Kansio", image, "test"));
    }

    // The UI culture is async-local: set here, it holds for this test's calls (as the backoffice sets it per request).
    private static void English() => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");

    private static async Task Refuses(string english, Func<Task> action) =>
        Assert.Equal(english, (await Assert.ThrowsAsync<ContentOperationException>(action)).Message);

    private static async Task RefusesUpload(string english, Func<Task> action) =>
        Assert.Equal(english, (await Assert.ThrowsAsync<MediaUploadException>(action)).Message);

    private static async Task<IReadOnlyDictionary<string, string>> RefusesWithErrors(Func<Task> action) =>
        (await Assert.ThrowsAsync<ContentValidationException>(action)).Errors;
}

using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.ContentTypes;
using Participation.Cms.Persistence;
using Participation.Cms.PropertyEditors;
using Participation.Cms.Tests.Infrastructure;

namespace Participation.Cms.Tests.PropertyEditors;

/// <summary>Content pickers against a real database: searching drafts by name, and the Delivery API references of picks.</summary>
public sealed class PickerTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabases.Providers;

    private static readonly Guid HomeKey = Guid.Parse("00000000-0000-4000-8000-000000000001");

    private static readonly PropertyType Related = new()
    {
        Alias = "related",
        Name = "Liittyvät",
        Editor = "Umbraco.MultiNodeTreePicker",
        Config = new JsonObject { ["allowedTypes"] = new JsonArray("article") },
    };

    [Theory, MemberData(nameof(Providers))]
    public async Task SearchFindsDraftsByNameOfAllowedTypesOnlyAndStopsAtTheLimit(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        foreach (var name in new[] { "Asukasilta Kouvolassa", "Kouvolan kylätalo", "Oulun kirjasto" })
        {
            await host.Content.CreateAsync(new("article", HomeKey, TestContentTypes.Document(name, "x")), "writer");
        }

        await host.Content.CreateAsync(new("section", HomeKey, TestContentTypes.Document("Kouvola-osio")), "writer");
        // Body text that mentions the word is not a name match.
        await host.Content.CreateAsync(new("article", HomeKey, TestContentTypes.Document("Muu juttu", "Kouvola mainitaan vain tekstissä")), "writer");
        var picker = Picker(host);

        var found = await picker.SearchAsync(Related, "kouvola", 10, CancellationToken.None);
        var limited = await picker.SearchAsync(Related, null, 2, CancellationToken.None);

        Assert.Equal(["Asukasilta Kouvolassa", "Kouvolan kylätalo"], found.Select(o => o.Label).Order());
        Assert.Equal(2, limited.Count);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ChosenItemsAreLabelledByNameInTheirOrder(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var first = await host.Content.CreateAsync(new("article", HomeKey, TestContentTypes.Document("Ensimmäinen", "x")), "writer");
        var second = await host.Content.CreateAsync(new("article", HomeKey, TestContentTypes.Document("Toinen", "x")), "writer");
        var missing = Guid.NewGuid();

        var chosen = await Picker(host).SelectedAsync(Related, new JsonArray(second.ToString(), missing.ToString(), first.ToString()), CancellationToken.None);

        Assert.Equal(["Toinen", missing.ToString(), "Ensimmäinen"], chosen.Select(o => o.Label));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task PickedContentIsDeliveredAsReferencesAndUnpublishedPicksDropOut(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var published = await host.Content.CreateAsync(new("article", HomeKey, TestContentTypes.Document("Asukasilta", "x")), "writer");
        await host.Content.PublishAsync(published, null, "editor");
        var draft = await host.Content.CreateAsync(new("article", HomeKey, TestContentTypes.Document("Luonnos", "x")), "writer");
        var editors = host.Services.GetRequiredService<PropertyEditorCollection>();
        var snapshot = host.Snapshot;
        var context = new DeliveryApiContext("fi", snapshot.GetByKey, snapshot.GetMedia, new ModelContext(new Dictionary<string, ContentType>(), editors));
        var single = Related with { Editor = "Umbraco.ContentPicker" };

        var many = editors.Get(Related.Editor).ToDeliveryApi(new PickedContent([draft, published], false), Related, context)!.AsArray();
        var one = editors.Get(single.Editor).ToDeliveryApi(new PickedContent([published], true), single, context)!.AsObject();
        var none = editors.Get(single.Editor).ToDeliveryApi(new PickedContent([draft], true), single, context);

        var reference = Assert.Single(many)!.AsObject();
        Assert.Equal(["contentType", "name", "createDate", "updateDate", "route", "id", "properties"], reference.Select(p => p.Key));
        Assert.Equal("article", (string?)reference["contentType"]);
        Assert.Equal("Asukasilta", (string?)reference["name"]);
        Assert.Equal("/asukasilta/", (string?)reference["route"]!["path"]);
        Assert.Equal(published.ToString(), (string?)one["id"]);
        Assert.Null(none);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ALinkToContentIsAContentLinkWithItsRoute(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var key = await host.Content.CreateAsync(new("article", HomeKey, TestContentTypes.Document("Asukasilta", "x")), "writer");
        await host.Content.PublishAsync(key, null, "editor");
        var editors = host.Services.GetRequiredService<PropertyEditorCollection>();
        var context = new DeliveryApiContext("fi", host.Snapshot.GetByKey, host.Snapshot.GetMedia, new ModelContext(new Dictionary<string, ContentType>(), editors));
        var property = new PropertyType { Alias = "links", Name = "Linkit", Editor = "Umbraco.MultiUrlPicker" };

        var links = editors.Get(property.Editor).ToDeliveryApi(new[] { new Link(null, null, null, key) }, property, context)!.AsArray();

        var link = Assert.Single(links)!;
        Assert.Equal("Content", (string?)link["linkType"]);
        Assert.Null(link["url"]);
        Assert.Equal("Asukasilta", (string?)link["title"]);
        Assert.Equal("article", (string?)link["destinationType"]);
        Assert.Equal(key.ToString(), (string?)link["destinationId"]);
        Assert.Equal("/asukasilta/", (string?)link["route"]!["path"]);
    }

    private static PickerEditor Picker(CmsTestHost host) =>
        (PickerEditor)host.Services.GetRequiredService<PropertyEditorCollection>().Get(Related.Editor);

    private static async Task<CmsTestHost> StartAsync(DatabaseProvider provider)
    {
        var host = await CmsTestHost.StartAsync(provider);
        await TestContentTypes.InstallAsync(host);
        await host.Content.CreateAsync(new("home", null, TestContentTypes.Document("Koti")) { Key = HomeKey }, "test");
        await host.Content.PublishAsync(HomeKey, null, "test");
        return host;
    }
}

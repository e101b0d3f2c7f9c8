using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Participation.Cms.Content;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.DeliveryApi;

/// <summary>
/// Reference 1.1 (by path, 301): a renamed or moved item's old addresses, and those of everything below it, answer 301
/// to where it is now, on the public site and in the Delivery API, and still do after a restart.
/// </summary>
public sealed class RedirectTests(DeliveryApiSite api) : IClassFixture<DeliveryApiSite>
{
    [Fact]
    public async Task ARenamedPageAndItsChildrenAnswer301FromTheirOldAddresses()
    {
        var parent = await PageAsync("Vanha kokoontumispaikka", api.Site.Snapshot.Home!.Key);
        await PageAsync("Aukioloajat", parent);

        await RenameAsync(parent, "Uusi kokoontumispaikka", "uusi-kokoontumispaikka");

        var site = api.Site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await site.GetAsync("/vanha-kokoontumispaikka/?lahde=uutiskirje");
        var child = await site.GetAsync("/vanha-kokoontumispaikka/aukioloajat/");
        Assert.Equal(HttpStatusCode.MovedPermanently, page.StatusCode);
        Assert.Equal("/uusi-kokoontumispaikka/?lahde=uutiskirje", page.Headers.Location!.OriginalString);
        Assert.Equal("/uusi-kokoontumispaikka/aukioloajat/", child.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await site.GetAsync("/uusi-kokoontumispaikka/aukioloajat/")).StatusCode);

        var byOldPath = await api.GetAsync("/content/item/vanha-kokoontumispaikka/aukioloajat");
        Assert.Equal(HttpStatusCode.MovedPermanently, byOldPath.Status);
        Assert.Equal("/uusi-kokoontumispaikka/aukioloajat/", byOldPath.Header("Location"));
        Assert.Equal(api.Site.Snapshot.Home!.Cultures["fi"].Segment, byOldPath.Header("Location-Start-Item-Path"));
        Assert.Equal(api.Site.Snapshot.Home!.Key.ToString(), byOldPath.Header("Location-Start-Item-Id"));
        Assert.Equal(HttpStatusCode.NotFound, (await site.GetAsync("/ei-koskaan-ollut/")).StatusCode);
    }

    [Fact]
    public async Task AMovedPageAnswers301AndTheAddressLastsAcrossARestart()
    {
        var about = api.Site.Snapshot.Children(api.Site.Snapshot.Home!).Single(c => c.Cultures["fi"].Segment == "tietoa");
        var page = await PageAsync("Muuttava sivu", api.Site.Snapshot.Home!.Key);

        await api.Tree.MoveAsync(page, about.Key, "testi");

        Assert.Equal("/tietoa/muuttava-sivu/", (await api.GetAsync("/content/item/muuttava-sivu")).Header("Location"));
        await using var restarted = new SiteFactory { DatabaseFile = api.Site.DatabaseFile, MediaFolder = api.Site.MediaFolder };
        var answer = await restarted.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/muuttava-sivu/");
        Assert.Equal(HttpStatusCode.MovedPermanently, answer.StatusCode);
        Assert.Equal("/tietoa/muuttava-sivu/", answer.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AnUnpublishedItemsOldAddressIsNotARedirect()
    {
        var page = await PageAsync("Lähtevä sivu", api.Site.Snapshot.Home!.Key);
        await RenameAsync(page, "Lähtevä sivu 2", "lahteva-sivu-2");
        await api.Content.UnpublishAsync(page, null, "testi");

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/content/item/lahteva-sivu")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/lahteva-sivu/")).StatusCode);
    }

    private async Task RenameAsync(Guid key, string name, string segment)
    {
        var document = new ContentDocument();
        document.Cultures["fi"] = new CultureVariant { Name = name, Segment = segment, Values = { ["summary"] = "Sivu.", ["body"] = "<p>Teksti.</p>" } };
        await api.Content.SaveAsync(key, document, "testi");
        await api.Content.PublishAsync(key, null, "testi");
    }

    private async Task<Guid> PageAsync(string name, Guid parent)
    {
        var document = new ContentDocument();
        document.Cultures["fi"] = new CultureVariant { Name = name, Values = { ["summary"] = "Sivu.", ["body"] = "<p>Sivun teksti.</p>" } };
        var key = await api.Content.CreateAsync(new("page", parent, document), "testi");
        await api.Content.PublishAsync(key, null, "testi");
        return key;
    }
}

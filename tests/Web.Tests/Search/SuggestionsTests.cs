using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Search;

public sealed class SuggestionsTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task APartlyTypedWordSuggestsPagesWithTheirKind()
    {
        var json = await site.CreateClient().GetFromJsonAsync<JsonElement>("/api/search/suggestions?q=kumppanu&culture=fi");
        var items = json.GetProperty("items").EnumerateArray().ToList();

        Assert.InRange(items.Count, 1, 6);
        Assert.Contains(items, i => i.GetProperty("url").GetString() == "/uutiset/mika-on-kumppanuuspoyta/" && i.GetProperty("kind").GetString() == "Uutiset");
    }

    [Fact]
    public async Task AnUnknownCultureOrAnOverlongQueryIsRefusedWithAMessagePerField()
    {
        var client = site.CreateClient();
        var culture = await client.GetAsync("/api/search/suggestions?q=talo&culture=xx");
        var longQuery = await client.GetAsync("/api/search/suggestions?culture=fi&q=" + new string('a', 201));

        Assert.Equal(HttpStatusCode.BadRequest, culture.StatusCode);
        Assert.Contains("\"culture\"", await culture.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, longQuery.StatusCode);
        Assert.Contains("\"q\"", await longQuery.Content.ReadAsStringAsync());
    }
}

using System.Net;

namespace Participation.Web.Tests.DeliveryApi;

/// <summary>
/// Reference sections 2 and 5: every malformed query is a 400 ProblemDetails in Umbraco's shape, never a 500, and the
/// three standard options keep Umbraco's exact wire texts. Umbraco itself answers several of these with a 500 or
/// silently ignores them (unreadable dates, negative skip, broken expand); here each says what was wrong.
/// </summary>
public sealed class BadQueryTests(DeliveryApiSite api) : IClassFixture<DeliveryApiSite>
{
    public static TheoryData<string> BadQueries => new()
    {
        // fetch
        "/content?fetch=childs:/uutiset",
        "/content?fetch=child:/uutiset",
        "/content?fetch=children",
        "/content?fetch=parent:/uutiset",
        "/content?fetch=siblings:/uutiset",
        "/content?fetch=ancestor:/",
        "/content?fetch=descendant:/",
        "/content?fetch=:children",
        "/content?fetch=x",
        "/content?fetch=%00",
        // filter
        "/content?filter=author:x",
        "/content?filter=contenttypes:x",
        "/content?filter=names:x",
        "/content?filter=x",
        "/content?filter=:x",
        "/content?filter=createDate",
        "/content?filter=createDate>2026-13-01",
        "/content?filter=createDate:yesterday",
        "/content?filter=updateDate<:2026-02-30",
        "/content?filter=createDate>:01.05.2026",
        "/content?filter=createDate:!2026-01-01",
        "/content?filter=updateDate>",
        "/content?filter=municipality>Kouvola",
        "/content?filter=capacity:many",
        "/content?filter=capacity>:1e999",
        "/content?filter=startTime>:tomorrow",
        "/content?filter=waitlist:yes",
        "/content?filter=waitlist>true",
        "/content?filter=heroImage:x",
        "/content?filter=venue:Kouvola",
        "/content?filter=contentType:newsArticle&filter=nope:x",
        // sort
        "/content?sort=name",
        "/content?sort=author:asc",
        "/content?sort=:asc",
        "/content?sort=names:asc",
        "/content?sort=createdate",
        "/content?sort=waitlist:asc",
        "/content?sort=venue:asc",
        "/content?sort=name:asc&sort=x:desc",
        // skip and take
        "/content?skip=-1",
        "/content?take=-1",
        "/content?skip=abc",
        "/content?take=abc",
        "/content?take=1.5",
        "/content?skip=99999999999",
        "/content?take=1000000",
        "/content?take=+5",
        // expand and fields
        "/content?expand=properties[",
        "/content?expand=properties[]",
        "/content?expand=[properties]",
        "/content?expand=properties[a]]",
        "/content?expand=properties[a[properties[b]]",
        "/content?expand=all",
        "/content?expand=property:a",
        "/content?expand=properties[$everything]",
        "/content?expand=properties[a,,b]",
        "/content?fields=properties[]",
        "/content?fields=properties",
        "/content?fields=properties[a][b]",
        "/content?fields=properties[a[properties[b[properties[c[properties[d[properties[e[properties[f[properties[g[properties[h[properties[i[properties[j]]]]]]]]]]]]]]]]]]]",
        "/content/item/uutiset?expand=properties[",
        "/content/item/00000000-0000-4000-8000-000000000001?fields=properties[]",
        "/content/items?id=00000000-0000-4000-8000-000000000001&expand=properties[$all",
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task AMalformedQueryIsA400ProblemSayingWhat(string query)
    {
        var answer = await api.GetAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("application/problem+json", answer.MediaType);
        Assert.Equal("Error", (string)answer.Json["type"]!);
        Assert.Equal(400, (int)answer.Json["status"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)answer.Json["title"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)answer.Json["detail"]));
    }

    [Fact]
    public void TheTableHasAtLeastFiftyQueries() => Assert.True(BadQueries.Count >= 50);

    [Theory]
    [InlineData("/content?fetch=childs:/", "Selector option not found", "The attempted 'fetch' option does not exist")]
    [InlineData("/content?filter=author:x", "Filter option not found", "One of the attempted 'filter' options does not exist")]
    [InlineData("/content?sort=author:asc", "Sort option not found", "One of the attempted 'sort' options does not exist")]
    public async Task TheStandardOptionsKeepUmbracosWireTexts(string query, string title, string detail)
    {
        var answer = (await api.GetAsync(query)).Json;

        Assert.Equal(title, (string)answer["title"]!);
        Assert.Equal(detail, (string)answer["detail"]!);
    }

    [Theory]
    [InlineData("/content?filter=&sort=")]
    [InlineData("/content?filter=%20&sort=%20")]
    [InlineData("/content?expand=&fields=")]
    [InlineData("/content?fetch=")]
    public async Task BlankOptionsAreSkippedAsInUmbraco(string query) =>
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(query)).Status);
}

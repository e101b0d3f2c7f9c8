using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Participation.Cms.Backoffice.Security;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Backoffice;

/// <summary>A block list (an area committee's members) edited as a form per block; the JSON stays the value posted.</summary>
public sealed partial class BlockListEditingTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly Guid Committee = Guid.Parse("00000000-0000-4000-8000-000000000701");
    private static readonly string Page = $"/umbraco/content/{Committee}";

    [Fact]
    public async Task EachMemberIsAFormOfTheContactPersonsFieldsWithItsValues()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var members = await MembersAsync();

        var html = await editor.Client.GetStringAsync(Page);

        Assert.Contains("data-block-list-editor", html, StringComparison.Ordinal);
        Assert.Equal(members.Select(m => (string?)m!["values"]!["name"]), CardNames().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));
        Assert.Contains($"<input id=\"field-block-members-2-email\" name=\"block.members.2.email\" type=\"email\" value=\"{members[1]!["values"]!["email"]}\"", html, StringComparison.Ordinal);
        Assert.Contains("data-block-list-new=\"contactPerson\"", html, StringComparison.Ordinal);
        Assert.Contains("data-block-add=\"contactPerson\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BlocksPostedInANewOrderAreStoredInThatOrderWithTheirKeysAndANewBlockGetsOne()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var stored = await MembersAsync();
        var reordered = new JsonArray(stored.Reverse().Select(m => m!.DeepClone()).Append(new JsonObject
        {
            ["contentType"] = "contactPerson",
            ["values"] = new JsonObject { ["name"] = "Uusi Jäsen", ["role"] = "jäsen" },
        }).ToArray());

        var saved = await editor.PostFormAsync(Page, Fields(reordered.ToJsonString()), Page + "?handler=Save");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var now = await MembersAsync();
        Assert.Equal(stored.Select(m => (string?)m!["key"]).Reverse(), now.Take(stored.Count).Select(m => (string?)m!["key"]));
        Assert.Equal("Uusi Jäsen", (string?)now[^1]!["values"]!["name"]);
        Assert.True(Guid.TryParse((string?)now[^1]!["key"], out _));
        // The form shows them in the stored order: the last stored first.
        var html = await editor.Client.GetStringAsync(Page);
        var names = CardNames().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal([.. stored.Select(m => (string)m!["values"]!["name"]!).Reverse(), "Uusi Jäsen"], names);
    }

    [Fact]
    public async Task BlockJsonThatIsNotJsonIsShownAgainAsTypedWithTheErrorBesideIt()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var before = await MembersAsync();
        const string typed = "[{\"contentType\": \"contactPerson\", \"values\": {\"name\": \"Kesken <jäänyt>";

        var refused = await editor.PostFormAsync(Page, Fields(typed), Page + "?handler=Save");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode); // the form again with its message, not a redirect
        var html = await refused.Content.ReadAsStringAsync();
        var textarea = Regex.Match(html, "<textarea id=\"field-members\"[^>]*>([^<]*)</textarea>");
        Assert.True(textarea.Success, "no JSON field");
        Assert.Equal(typed, WebUtility.HtmlDecode(textarea.Groups[1].Value).TrimStart('\n', '\r'));
        Assert.Contains("aria-describedby=\"field-members-error\"", textarea.Value, StringComparison.Ordinal);
        Assert.Contains("id=\"field-members-error\"", html, StringComparison.Ordinal);
        // Cards cannot show text that is not JSON: the script leaves the field as it is.
        Assert.DoesNotContain("data-block-list-editor", html, StringComparison.Ordinal);
        Assert.Equal(before.ToJsonString(), (await MembersAsync()).ToJsonString());
    }

    private static Dictionary<string, string> Fields(string members) => new()
    {
        ["culture"] = "fi",
        ["name"] = "Keskinen aluetoimikunta",
        ["segment"] = "",
        ["p.members"] = members,
    };

    private async Task<JsonArray> MembersAsync() => (JsonArray)(await site.DraftAsync(Committee)).Values["members"]!;

    [GeneratedRegex("name=\"block\\.members\\.[0-9]+\\.name\" value=\"([^\"]*)\"")]
    private static partial Regex CardNames();
}

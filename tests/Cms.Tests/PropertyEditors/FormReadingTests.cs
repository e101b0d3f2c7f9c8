using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Participation.Cms.Backoffice.Editing;
using Participation.Cms.Content;
using Participation.Cms.ContentTypes;

namespace Participation.Cms.Tests.PropertyEditors;

/// <summary>The edit form's post read by each editor into the next draft, as the edit page saves it.</summary>
public sealed class FormReadingTests
{
    private static readonly ContentType Event = new()
    {
        Alias = "event",
        Name = "Tapahtuma",
        VariesByCulture = true,
        Groups =
        [
            new PropertyGroup
            {
                Alias = "c",
                Name = "c",
                Properties =
                [
                    TestEditors.Property("Umbraco.TextBox") with { Alias = "title", VariesByCulture = true },
                    TestEditors.Property("Umbraco.TrueFalse") with { Alias = "free" },
                    TestEditors.Property("Participation.Venue") with { Alias = "venue" },
                    TestEditors.Property("Umbraco.MultiUrlPicker") with { Alias = "links" },
                    TestEditors.Property("Umbraco.MultiNodeTreePicker") with { Alias = "related" },
                    TestEditors.Property("Umbraco.DropDown.Flexible", new JsonObject { ["items"] = new JsonArray("a", "b"), ["multiple"] = true }) with { Alias = "areas" },
                    TestEditors.Property("Umbraco.BlockList") with { Alias = "people" },
                ],
            },
        ],
    };

    [Fact]
    public void EachEditorReadsItsOwnInputs()
    {
        var form = Form(new()
        {
            ["name"] = "Kyläjuhla",
            ["p.title"] = "Kesän juhla",
            ["p.free"] = new StringValues(["false", "true"]),
            ["p.venue.name"] = "Kylätalo",
            ["p.venue.city"] = "Saarenkylä",
            ["p.links.title"] = new StringValues(["Kaupunki", ""]),
            ["p.links.url"] = new StringValues(["https://example.fi/", ""]),
            ["p.related"] = new StringValues(["5a0b0000-0000-4000-8000-000000000001", ""]),
            ["p.areas"] = new StringValues(["a", "b"]),
        });

        var next = FormDocumentReader.Read(Event, form, "fi", new ContentDocument(), TestEditors.All, out var errors);

        Assert.Empty(errors);
        Assert.Equal("Kyläjuhla", next.Cultures["fi"].Name);
        Assert.Equal("Kesän juhla", (string?)next.Cultures["fi"].Values["title"]);
        Assert.True((bool)next.Values["free"]!);
        Assert.Equal("Saarenkylä", (string?)next.Values["venue"]!["city"]);
        Assert.Equal("https://example.fi/", (string?)next.Values["links"]![0]!["url"]);
        Assert.Equal(["5a0b0000-0000-4000-8000-000000000001"], next.Values["related"]!.AsArray().Select(v => (string?)v));
        Assert.Equal(["a", "b"], next.Values["areas"]!.AsArray().Select(v => (string?)v));
        Assert.False(next.Values.ContainsKey("people"));
    }

    [Fact]
    public void AnUntickedCheckboxIsFalseAndAnEmptyTextRemovesTheValue()
    {
        var current = new ContentDocument { Values = { ["free"] = true } };
        current.Cultures["fi"] = new CultureVariant { Name = "Juhla", Values = { ["title"] = "Vanha" } };

        var next = FormDocumentReader.Read(Event, Form(new() { ["name"] = "Juhla", ["p.title"] = "" }), "fi", current, TestEditors.All, out _);

        Assert.False((bool)next.Values["free"]!);
        Assert.False(next.Cultures["fi"].Values.ContainsKey("title"));
    }

    [Fact]
    public void BrokenBlockJsonIsAnErrorOnTheFieldAndTheOtherValuesAreStillRead()
    {
        var next = FormDocumentReader.Read(Event, Form(new() { ["name"] = "Juhla", ["p.title"] = "Uusi", ["p.people"] = "[{\"contentType\": " }), "fi", new ContentDocument(), TestEditors.All, out var errors);

        Assert.Contains("JSON", errors["people"], StringComparison.Ordinal);
        Assert.Equal("Uusi", (string?)next.Cultures["fi"].Values["title"]);
    }

    private static FormCollection Form(Dictionary<string, StringValues> fields) => new(fields);
}

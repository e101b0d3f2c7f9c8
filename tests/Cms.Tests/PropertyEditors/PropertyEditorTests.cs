using System.Globalization;
using System.Text.Json.Nodes;
using Participation.Cms.PropertyEditors;

namespace Participation.Cms.Tests.PropertyEditors;

public sealed class PropertyEditorTests
{
    [Theory]
    [InlineData("<p>Hei<script>alert(1)</script></p>", "<p>Hei</p>")]
    [InlineData("<img src=\"/media/a.jpg\" alt=\"\" onerror=\"alert(1)\">", "<img src=\"/media/a.jpg\" alt=\"\">")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\"https://example.fi/\">ok</a>", "<a href=\"https://example.fi/\">ok</a>")]
    [InlineData("<p style=\"position:fixed\">tyyli</p>", "<p>tyyli</p>")]
    [InlineData("<p><a href=\"/uutiset/asukasilta/\">sisäinen</a></p>", "<p><a href=\"/uutiset/asukasilta/\">sisäinen</a></p>")]
    [InlineData("<img src=\"/media/abc/kuva.jpg\" alt=\"Kuva\">", "<img src=\"/media/abc/kuva.jpg\" alt=\"Kuva\">")]
    public void RichTextIsSanitisedBeforeItIsStored(string input, string stored)
    {
        var result = Parse("Umbraco.RichText", JsonValue.Create(input));

        Assert.Equal(stored, (string?)result.Value);
    }

    [Theory]
    [InlineData("<p>Liitetty<img src=\"x\"></p>")]
    [InlineData("<p>Liitetty</p><img src=\"/media/abc/kuva.jpg\">")]
    [InlineData("<p>Liitetty</p><img src=\"https://muualla.example/kuva.jpg\" alt=\"Kuva\">")]
    [InlineData("<p>Liitetty</p><img src=\"//muualla.example/media/kuva.jpg\" alt=\"Kuva\">")]
    [InlineData("<p>Liitetty</p><img src=\"/media/../umbraco/kuva.jpg\" alt=\"Kuva\">")]
    public void ImagesWithoutAltOrFromOutsideTheMediaLibraryAreDropped(string input)
    {
        var stored = (string?)Parse("Umbraco.RichText", JsonValue.Create(input)).Value;

        Assert.NotNull(stored);
        Assert.Contains("Liitetty", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", stored, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-06-10T17:30", "2026-06-10T17:30:00+03:00")] // summer time in Helsinki
    [InlineData("2026-12-10T17:30", "2026-12-10T17:30:00+02:00")]
    [InlineData("10.12.2026 17.30", "2026-12-10T17:30:00+02:00")]
    [InlineData("2026-12-10T15:30:00Z", "2026-12-10T15:30:00+00:00")]
    public void DateTimesWithoutOffsetAreHelsinkiWallClockTime(string input, string stored)
    {
        Assert.Equal(stored, (string?)Parse("Umbraco.DateTime", JsonValue.Create(input)).Value);
    }

    [Theory]
    [InlineData("Umbraco.Integer", "kolme")]
    [InlineData("Umbraco.Integer", "11")]
    [InlineData("Umbraco.DateTime", "huomenna")]
    [InlineData("Umbraco.DateOnly", "31.2.2026")]
    [InlineData("Umbraco.EmailAddress", "ei osoite")]
    [InlineData("Participation.Url", "javascript:alert(1)")]
    [InlineData("Umbraco.DropDown.Flexible", "Tampere")]
    [InlineData("Umbraco.ContentPicker", "not-a-guid")]
    public void InvalidInputIsRefusedWithAFinnishMessage(string editor, string input)
    {
        var result = Parse(editor, JsonValue.Create(input));

        Assert.False(result.IsValid);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    [Fact]
    public void TagsFromAFormAreSplitTrimmedAndDeduplicated()
    {
        var result = Parse("Umbraco.Tags", JsonValue.Create(" nuoret, Ikäihmiset ,nuoret,, "));

        Assert.Equal(["nuoret", "Ikäihmiset"], result.Value!.AsArray().Select(t => (string)t!));
    }

    [Fact]
    public void VenueChecksPostalCodeAndCoordinates()
    {
        var ok = Parse("Participation.Venue", new JsonObject { ["name"] = "Kylätalo", ["postalCode"] = "96900", ["latitude"] = "66,1", ["longitude"] = 25.9 });
        var bad = Parse("Participation.Venue", new JsonObject { ["name"] = "Kylätalo", ["postalCode"] = "9690" });

        Assert.Equal(66.1, (double)ok.Value!["latitude"]!);
        Assert.False(bad.IsValid);
    }

    [Fact]
    public void EmptyInputIsNoValue()
    {
        foreach (var editor in new[] { "Umbraco.TextBox", "Umbraco.RichText", "Umbraco.Integer", "Umbraco.Tags", "Umbraco.MediaPicker3", "Umbraco.DateTime" })
        {
            var result = Parse(editor, JsonValue.Create("  "));
            Assert.True(result.IsValid, editor);
            Assert.Null(result.Value);
        }
    }

    [Fact]
    public void MessagesAreInEnglishForAnEditorWhoChoseEnglish()
    {
        var ui = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            Assert.Equal("Enter a whole number.", Parse("Umbraco.Integer", JsonValue.Create("kolme")).Error);
            Assert.Equal("Enter a number from 0 to 10.", Parse("Umbraco.Integer", JsonValue.Create("11")).Error);

            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fi");
            Assert.Equal("Anna kokonaisluku.", Parse("Umbraco.Integer", JsonValue.Create("kolme")).Error);
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
        }
    }

    private static ParsedValue Parse(string editor, JsonNode? input) =>
        TestEditors.All.Get(editor).Parse(input, TestEditors.Property(editor, editor switch
        {
            "Umbraco.Integer" => new JsonObject { ["min"] = 0, ["max"] = 10 },
            "Umbraco.DropDown.Flexible" => new JsonObject { ["items"] = new JsonArray("Kouvola", "Oulu") },
            _ => null,
        }));
}

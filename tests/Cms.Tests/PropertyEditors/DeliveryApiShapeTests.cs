using System.Text.Json.Nodes;
using Participation.Cms.ContentTypes;
using Participation.Cms.PropertyEditors;
using Participation.Cms.PublishedCache;

namespace Participation.Cms.Tests.PropertyEditors;

/// <summary>Each editor's value as the Delivery API v2 writes it (reference section 4.4), from input through the stored and typed value.</summary>
public sealed class DeliveryApiShapeTests
{
    private static readonly PublishedMedia Photo = new(
        Guid.Parse("dbb62958-0000-4000-8000-000000000001"), "Kylätalo", "/media/ab/kylatalo.jpg", 1080, 530, 24069, "jpg", new Dictionary<string, string>())
    {
        FocalPoint = new FocalPoint(0.5, 0.5),
    };

    [Theory]
    [InlineData("Umbraco.TextBox", "\"Asukasilta\"", "\"Asukasilta\"")]
    [InlineData("Umbraco.TextArea", "\"Rivi 1\\r\\nRivi 2\"", "\"Rivi 1\\nRivi 2\"")]
    [InlineData("Umbraco.EmailAddress", "\"info@example.fi\"", "\"info@example.fi\"")]
    [InlineData("Participation.Url", "\"https://example.fi/a?b=1\"", "\"https://example.fi/a?b=1\"")]
    [InlineData("Umbraco.Integer", "\"42\"", "42")]
    [InlineData("Umbraco.Decimal", "\"12,5\"", "12.5")]
    [InlineData("Umbraco.TrueFalse", "\"on\"", "true")]
    [InlineData("Umbraco.TrueFalse", "null", "false")]
    [InlineData("Umbraco.Tags", "\"nuoret, kulttuuri\"", "[\"nuoret\",\"kulttuuri\"]")]
    [InlineData("Umbraco.DateOnly", "\"31.12.2026\"", "\"2026-12-31\"")]
    [InlineData("Umbraco.DateTime", "\"2026-06-10T17:30\"", "\"2026-06-10T17:30:00+03:00\"")]
    [InlineData("Umbraco.MarkdownEditor", "\"**Hei**\"", "\"<p><strong>Hei</strong></p>\\n\"")]
    [InlineData("Umbraco.RichText", "\"<p>Hei</p>\"", "{\"markup\":\"<p>Hei</p>\",\"blocks\":[]}")]
    [InlineData("Umbraco.RichText", "null", "{\"markup\":\"\",\"blocks\":[]}")]
    [InlineData("UmbracoForms.FormPicker", "\"9a1b2c3d-0000-4000-8000-000000000001\"", "\"9a1b2c3d-0000-4000-8000-000000000001\"")]
    [InlineData("Umbraco.TextBox", "null", "null")]
    [InlineData("Umbraco.Integer", "null", "null")]
    [InlineData("Umbraco.ContentPicker", "null", "null")]
    [InlineData("Umbraco.MultiNodeTreePicker", "null", "[]")]
    [InlineData("Umbraco.MediaPicker3", "null", "[]")]
    [InlineData("Umbraco.MultiUrlPicker", "null", "[]")]
    public void ValuesHaveTheDeliveryApiShape(string editor, string input, string expected)
    {
        Assert.Equal(expected, Deliver(editor, JsonNode.Parse(input)));
    }

    [Fact]
    public void ADropDownIsAStringWhenSingleAndAnArrayWhenMultiple()
    {
        var items = new JsonArray("Kouvola", "Oulu");

        Assert.Equal("\"Oulu\"", Deliver("Umbraco.DropDown.Flexible", JsonValue.Create("Oulu"), new JsonObject { ["items"] = items.DeepClone() }));
        Assert.Equal("[\"Oulu\"]", Deliver("Umbraco.DropDown.Flexible", JsonValue.Create("Oulu"), new JsonObject { ["items"] = items.DeepClone(), ["multiple"] = true }));
    }

    [Fact]
    public void AMediaPickIsAlwaysAnArrayOfMediaWithCropsInTheReferenceOrder()
    {
        var input = new JsonArray(new JsonObject { ["mediaKey"] = Photo.Key.ToString(), ["focalPoint"] = new JsonObject { ["left"] = 0.2, ["top"] = 0.4 } });

        var json = Deliver("Umbraco.MediaPicker3", input, absolute: new Uri("https://osallisuus.example/"));

        Assert.Equal(
            "[{\"focalPoint\":{\"left\":0.2,\"top\":0.4},\"crops\":[],\"id\":\"dbb62958-0000-4000-8000-000000000001\",\"name\":\"Kylätalo\",\"mediaType\":\"Image\","
            + "\"url\":\"https://osallisuus.example/media/ab/kylatalo.jpg\",\"extension\":\"jpg\",\"width\":1080,\"height\":530,\"bytes\":24069,\"properties\":{}}]",
            json);
    }

    [Fact]
    public void AMediaPickOfMissingMediaDropsOutAndTheItemsFocalPointIsUsedWhenThePickHasNone()
    {
        var input = new JsonArray(Guid.NewGuid().ToString(), Photo.Key.ToString());

        var items = JsonNode.Parse(Deliver("Umbraco.MediaPicker3", input, new JsonObject { ["multiple"] = true }))!.AsArray();

        var only = Assert.Single(items);
        Assert.Equal(0.5, (double)only!["focalPoint"]!["left"]!);
        Assert.Equal("/media/ab/kylatalo.jpg", (string?)only["url"]);
    }

    [Fact]
    public void AnExternalLinkHasEveryLinkFieldWithOnlyUrlTitleAndTargetSet()
    {
        var input = new JsonArray(new JsonObject { ["title"] = "Kaupunki", ["url"] = "https://example.fi/", ["target"] = "_blank" });

        Assert.Equal(
            "[{\"url\":\"https://example.fi/\",\"queryString\":null,\"title\":\"Kaupunki\",\"target\":\"_blank\",\"destinationId\":null,\"destinationType\":null,\"route\":null,\"linkType\":\"External\"}]",
            Deliver("Umbraco.MultiUrlPicker", input));
    }

    [Fact]
    public void AVenueIsAnObjectOfItsParts()
    {
        var input = new JsonObject { ["name"] = "Kylätalo", ["street"] = "Kylätie 1", ["postalCode"] = "96900", ["city"] = "Saarenkylä", ["latitude"] = "66,5", ["longitude"] = "" };

        Assert.Equal(
            "{\"name\":\"Kylätalo\",\"street\":\"Kylätie 1\",\"postalCode\":\"96900\",\"city\":\"Saarenkylä\",\"latitude\":66.5,\"longitude\":null}",
            Deliver("Participation.Venue", input));
    }

    [Fact]
    public void ABlockListIsItemsOfElementsWithTheirPropertiesByTheirOwnEditors()
    {
        var person = new ContentType
        {
            Alias = "contactPerson",
            Name = "Yhteyshenkilö",
            IsElement = true,
            Groups = [new PropertyGroup { Alias = "c", Name = "c", Properties = [TestEditors.Property("Umbraco.TextBox") with { Alias = "name" }, TestEditors.Property("Umbraco.Integer") with { Alias = "age" }] }],
        };
        var input = new JsonArray(new JsonObject { ["key"] = "5a0b0000-0000-4000-8000-000000000001", ["contentType"] = "contactPerson", ["values"] = new JsonObject { ["name"] = "Aino", ["age"] = 7 } });

        Assert.Equal(
            "{\"items\":[{\"content\":{\"contentType\":\"contactPerson\",\"id\":\"5a0b0000-0000-4000-8000-000000000001\",\"properties\":{\"name\":\"Aino\",\"age\":7}},\"settings\":null}]}",
            Deliver("Umbraco.BlockList", input, models: TestEditors.Models(person)));
    }

    private static string Deliver(string alias, JsonNode? input, JsonObject? config = null, Uri? absolute = null, ModelContext? models = null)
    {
        var editor = TestEditors.All.Get(alias);
        var property = TestEditors.Property(alias, config);
        var parsed = editor.Parse(input, property);
        Assert.True(parsed.IsValid, parsed.Error);
        var context = new DeliveryApiContext("fi", _ => null, key => key == Photo.Key ? Photo : null, models ?? TestEditors.Models(), absolute);
        var model = editor.ToModel(parsed.Value, property, context.Models);
        return editor.ToDeliveryApi(model, property, context)?.ToJsonString(ContentJson) ?? "null";
    }

    private static readonly System.Text.Json.JsonSerializerOptions ContentJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

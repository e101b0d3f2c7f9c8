using System.Text.Json.Nodes;

namespace Participation.Cms.Tests.PropertyEditors;

/// <summary>What each editor gives the search index: words residents type, without markup; nothing from keys and numbers.</summary>
public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Umbraco.TextBox", "\"Asukasilta Kouvolassa\"", "Asukasilta Kouvolassa")]
    [InlineData("Umbraco.TextArea", "\"Rivi yksi\\nRivi kaksi\"", "Rivi yksi\nRivi kaksi")]
    [InlineData("Umbraco.RichText", "\"<h2>Ohjelma</h2><p>Kahvia&nbsp;ja <strong>pullaa</strong></p><ul><li>Yksi</li><li>Kaksi</li></ul>\"", "Ohjelma Kahvia ja pullaa Yksi Kaksi")]
    [InlineData("Umbraco.MarkdownEditor", "\"# Otsikko\\n\\nTeksti *korostettuna* ja [linkki](https://example.fi/).\"", "Otsikko Teksti korostettuna ja linkki.")]
    [InlineData("Umbraco.Tags", "[\"nuoret\",\"kulttuuri\"]", "nuoret kulttuuri")]
    [InlineData("Umbraco.DropDown.Flexible", "\"Oulu\"", "Oulu")]
    [InlineData("Participation.Venue", "{\"name\":\"Kylätalo\",\"street\":\"Kylätie 1\",\"postalCode\":\"96900\",\"city\":\"Saarenkylä\"}", "Kylätalo Kylätie 1, 96900 Saarenkylä")]
    [InlineData("Umbraco.MultiUrlPicker", "[{\"title\":\"Kaupungin sivut\",\"url\":\"https://example.fi/\"}]", "Kaupungin sivut")]
    public void TextEditorsGivePlainText(string editor, string stored, string expected)
    {
        Assert.Equal(expected, TestEditors.All.Get(editor).ToSearchText(JsonNode.Parse(stored), TestEditors.Property(editor)));
    }

    [Theory]
    [InlineData("Umbraco.ContentPicker", "\"5a0b0000-0000-4000-8000-000000000001\"")]
    [InlineData("Umbraco.MultiNodeTreePicker", "[\"5a0b0000-0000-4000-8000-000000000001\"]")]
    [InlineData("Umbraco.MediaPicker3", "[{\"mediaKey\":\"5a0b0000-0000-4000-8000-000000000001\"}]")]
    [InlineData("UmbracoForms.FormPicker", "\"5a0b0000-0000-4000-8000-000000000001\"")]
    [InlineData("Umbraco.Integer", "42")]
    [InlineData("Umbraco.Decimal", "12.5")]
    [InlineData("Umbraco.TrueFalse", "true")]
    [InlineData("Umbraco.DateTime", "\"2026-06-10T17:30:00+03:00\"")]
    [InlineData("Umbraco.TextBox", "null")]
    [InlineData("Umbraco.RichText", "\"<p> </p>\"")]
    public void KeysNumbersAndEmptyValuesGiveNoText(string editor, string stored)
    {
        Assert.Null(TestEditors.All.Get(editor).ToSearchText(JsonNode.Parse(stored), TestEditors.Property(editor)));
    }
}

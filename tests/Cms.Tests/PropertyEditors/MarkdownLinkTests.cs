using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Html;

namespace Participation.Cms.Tests.PropertyEditors;

/// <summary>ASVS 1.2.2 and 1.3.5: Markdown keeps links with safe schemes only, and raw HTML stays text.</summary>
public sealed class MarkdownLinkTests
{
    [Theory]
    [InlineData("[Avaa](javascript:alert(1))")]
    [InlineData("[Avaa](JavaScript:alert(1))")]
    [InlineData("[Avaa](&#106;avascript:alert(1))")]
    [InlineData("[Avaa](<java\tscript:alert(1)>)")]
    [InlineData("[Avaa](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[Avaa](vbscript:msgbox(1))")]
    [InlineData("[Avaa][viite]\n\n[viite]: javascript:alert(1)")]
    [InlineData("![Avaa](data:image/svg+xml,%3Csvg%20onload%3Dalert(1)%3E)")]
    [InlineData("<javascript:alert(1)> Avaa")]
    public void ALinkWithAnUnsafeSchemeIsWrittenAsItsTextAlone(string markdown)
    {
        var html = Render(markdown);

        Assert.Contains("Avaa", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[Ohjelma](https://example.fi/ohjelma)", "https://example.fi/ohjelma")]
    [InlineData("[Ohjelma](http://example.fi/)", "http://example.fi/")]
    [InlineData("[Kirjoita](mailto:info@example.fi)", "mailto:info@example.fi")]
    [InlineData("[Soita](tel:+358401234567)", "tel:+358401234567")]
    [InlineData("[Tapahtumat](/tapahtumat)", "/tapahtumat")]
    [InlineData("[Alas](#ohjelma)", "#ohjelma")]
    [InlineData("[Seuraava](?sivu=2)", "?sivu=2")]
    [InlineData("[Kuvat](kuvat/kesa.html)", "kuvat/kesa.html")]
    [InlineData("<https://example.fi/ohjelma>", "https://example.fi/ohjelma")]
    [InlineData("Katso www.example.fi tänään", "http://www.example.fi")]
    public void ALinkWithASafeSchemeOrNoneIsKept(string markdown, string href)
    {
        Assert.Contains($"<a href=\"{href}\"", Render(markdown), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;")]
    [InlineData("Teksti <a href=\"javascript:alert(1)\">linkki</a>", "&lt;a href=")]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img src=x")]
    public void RawHtmlIsWrittenAsText(string markdown, string escaped)
    {
        var html = Render(markdown);

        Assert.Contains(escaped, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
    }

    private static string Render(string markdown)
    {
        var editor = TestEditors.All.Get("Umbraco.MarkdownEditor");
        var property = TestEditors.Property("Umbraco.MarkdownEditor");
        var parsed = editor.Parse(JsonValue.Create(markdown), property);
        Assert.True(parsed.IsValid, parsed.Error);
        return Assert.IsType<HtmlString>(editor.ToModel(parsed.Value, property, TestEditors.Models())).Value!;
    }
}

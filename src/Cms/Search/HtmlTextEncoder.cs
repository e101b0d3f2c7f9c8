using System.Text.Encodings.Web;
using System.Text.Unicode;
using Lucene.Net.Search.Highlight;

namespace Participation.Cms.Search;

/// <summary>Encodes what HTML needs encoded and leaves letters alone (the highlighter's own encoder writes ä as &amp;#228;).</summary>
internal sealed class HtmlTextEncoder : IEncoder
{
    public static HtmlTextEncoder Instance { get; } = new();

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public string EncodeText(string originalText) => Html.Encode(originalText);
}

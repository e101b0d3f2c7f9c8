using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Participation.Cms.PageCache;

/// <summary>A kept part written back: its pieces with this response's nonce between them, and nothing allocated.</summary>
internal sealed class KeptHtml(string[] pieces, string? nonce) : IHtmlContent
{
    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        for (var i = 0; i < pieces.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(nonce);
            }

            writer.Write(pieces[i]);
        }
    }
}

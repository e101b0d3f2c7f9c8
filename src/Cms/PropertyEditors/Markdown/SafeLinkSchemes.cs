using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Participation.Cms.PropertyEditors;

/// <summary>
/// Markdown links and images keep their URL only when it is relative, a fragment, or http, https, mailto or tel
/// (ASVS 1.2.2, 1.3.5). Anything else, such as <c>javascript:</c>, <c>data:</c> or <c>vbscript:</c>, is written as the
/// link's text alone: CSP would stop the script, but the page should not carry the link at all.
/// </summary>
internal sealed class SafeLinkSchemes : IMarkdownExtension
{
    private static readonly string[] Allowed = ["http", "https", "mailto", "tel"];
    private static readonly char[] ControlsAndSpace = [.. Enumerable.Range(0, 0x21).Select(i => (char)i)];

    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += Neutralise;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>True for a URL a browser would open with an allowed scheme, or without one (relative or a fragment).</summary>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        // Browsers drop tabs and line breaks anywhere and controls and spaces at the ends before reading the scheme,
        // so "java\tscript:" is still javascript.
        var trimmed = new string(url.Where(c => c is not ('\t' or '\n' or '\r')).ToArray()).Trim(ControlsAndSpace);
        var end = trimmed.IndexOfAny([':', '/', '?', '#']);
        if (end < 0 || trimmed[end] != ':')
        {
            return true;
        }

        var scheme = trimmed[..end];
        return Allowed.Any(a => string.Equals(a, scheme, StringComparison.OrdinalIgnoreCase));
    }

    private static void Neutralise(MarkdownDocument document)
    {
        // Entities and link references are resolved by now, so the URL checked is the one that would be written.
        foreach (var link in document.Descendants<LinkInline>().Where(l => !IsSafe(l.GetDynamicUrl?.Invoke() ?? l.Url)).ToList())
        {
            while (link.FirstChild is { } child)
            {
                child.Remove();
                link.InsertBefore(child);
            }

            link.Remove();
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().Where(a => !a.IsEmail && !IsSafe(a.Url)).ToList())
        {
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
    }
}

using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Participation.Cms.Routing;
using Participation.Cms.Security;

namespace Participation.Cms.PageCache;

/// <summary>
/// <c>&lt;kept-fragment page="Model" part="head"&gt;…&lt;/kept-fragment&gt;</c>: renders its content once per published
/// snapshot and page (<see cref="PageModel.FragmentKey"/>) and writes the kept copy after that (<see cref="KeptFragments"/>).
/// The content must depend on nothing but the page, its culture and the snapshot: no query string, cookie or user. The
/// response's CSP nonce is cut out and each later response writes its own, so scripts and styles may be inside; a form's
/// antiforgery token, which belongs to one reader, makes the part unkept. With <c>per-page="false"</c> the part is one
/// per culture (the footer).
/// </summary>
[HtmlTargetElement("kept-fragment")]
// One constructor argument: a tag helper is made anew for every use on every page, and each argument is a look-up.
public sealed class KeptFragmentTagHelper(KeptFragments fragments) : TagHelper
{
    private const string AntiforgeryField = "__RequestVerificationToken";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public PageModel? Page { get; set; }

    public string Part { get; set; } = "";

    public bool PerPage { get; set; } = true;

    /// <summary>A part of the layout's own, filed under <see cref="PageModel.LayoutKey"/>.</summary>
    public bool Layout { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var key = Page is null ? null : !PerPage ? Page.Culture : Layout ? Page.LayoutKey : Page.FragmentKey;
        if (key is null || fragments.For(Page!.Snapshot) is not { } set)
        {
            return; // rendered as written
        }

        key = $"{key}|{Part}";
        var http = ViewContext.HttpContext;
        if (set.Find(key) is { } kept)
        {
            output.Content.SetHtmlContent(new KeptHtml(kept, kept.Length > 1 ? CspNonce.For(http) : null));
            return;
        }

        var content = await output.GetChildContentAsync();
        var html = content.GetContent(fragments.Encoder);
        if (html.Contains(AntiforgeryField, StringComparison.Ordinal))
        {
            fragments.NotKept(key, "a form's antiforgery token");
        }
        else
        {
            set.Keep(key, CspNonce.Existing(http) is { } nonce ? html.Split(nonce) : [html]);
        }

        output.Content.SetHtmlContent(html);
    }
}

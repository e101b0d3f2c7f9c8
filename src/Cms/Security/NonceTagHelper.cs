using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Participation.Cms.Security;

/// <summary>Puts the response's CSP nonce on every <c>&lt;script&gt;</c> and <c>&lt;style&gt;</c> a view renders, so no view has to remember to.</summary>
[HtmlTargetElement("script")]
[HtmlTargetElement("style")]
public sealed class NonceTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    // After the framework's own script helpers (asp-append-version), so the nonce is never dropped.
    public override int Order => int.MaxValue;

    public override void Process(TagHelperContext context, TagHelperOutput output) =>
        output.Attributes.SetAttribute("nonce", CspNonce.For(ViewContext.HttpContext));
}

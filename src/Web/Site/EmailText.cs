using System.Net;
using Microsoft.AspNetCore.Html;

namespace Participation.Web.Site;

/// <summary>
/// An e-mail address that wraps where a reader expects it to on a narrow card: after the @ and before each dot,
/// not in the middle of a name.
/// </summary>
public static class EmailText
{
    public static IHtmlContent Wrappable(string address) =>
        new HtmlString(WebUtility.HtmlEncode(address).Replace("@", "@<wbr>", StringComparison.Ordinal).Replace(".", "<wbr>.", StringComparison.Ordinal));
}

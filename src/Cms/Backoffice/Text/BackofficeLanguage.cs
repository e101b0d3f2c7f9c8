using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace Participation.Cms.Backoffice.Text;

/// <summary>The backoffice languages and how a request chooses one: a <c>?lang=</c> link sets a cookie that later requests read.</summary>
public static class BackofficeLanguage
{
    public const string Default = "fi";

    public const string CookieName = "Participation.Backoffice.Language";

    /// <summary>The query parameter of the switch links in the backoffice header.</summary>
    public const string QueryName = "lang";

    public static readonly IReadOnlyList<string> Supported = [Default, "en"];

    /// <summary>A supported language code, or null for anything else (a cookie or link can hold any text).</summary>
    public static string? Normalise(string? language) =>
        Supported.FirstOrDefault(l => string.Equals(l, language?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Finnish dates for fi; en-GB (day before month, 24-hour clock) for en, closest to what Finnish editors expect.</summary>
    public static CultureInfo Culture(string language) => CultureInfo.GetCultureInfo(language == "en" ? "en-GB" : "fi-FI");

    /// <summary>
    /// The current page's address with <c>lang</c> set, or removed when <paramref name="language"/> is null. A page handler
    /// (<c>?handler=Save</c>) is left out: after a post, switching shows the page again; it must not run a handler that only answers posts.
    /// </summary>
    public static string PageUrl(HttpRequest request, string? language)
    {
        var query = new QueryBuilder(request.Query.Where(q => q.Key is not (QueryName or "handler")).SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v ?? ""))));
        if (language is not null)
        {
            query.Add(QueryName, language);
        }

        return request.PathBase + request.Path + query.ToQueryString();
    }
}

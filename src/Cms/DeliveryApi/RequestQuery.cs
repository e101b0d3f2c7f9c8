using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Participation.Cms.DeliveryApi.Rendering;
using Participation.Cms.PropertyEditors;

namespace Participation.Cms.DeliveryApi;

/// <summary>The query-string values both APIs read, each checked the same way.</summary>
internal static class RequestQuery
{
    public static PropertyScope Scope(HttpContext http) => new(
        PropertySyntax.Parse("expand", Param(http, "expand").FirstOrDefault()),
        PropertySyntax.Parse("fields", Param(http, "fields").FirstOrDefault()));

    /// <summary>
    /// The query string as sent. The output cache's key builder sorts repeated values in place in
    /// <c>Request.Query</c>, which would turn <c>sort=name:asc&amp;sort=level:desc</c> around; the raw string keeps the order.
    /// </summary>
    public static StringValues Param(HttpContext http, string name)
    {
        if (http.Items[typeof(RequestQuery)] is not Dictionary<string, StringValues> query)
        {
            query = QueryHelpers.ParseQuery(http.Request.QueryString.Value);
            http.Items[typeof(RequestQuery)] = query;
        }

        return query.GetValueOrDefault(name);
    }

    public static int Skip(HttpContext http) => Number(Param(http, "skip").FirstOrDefault(), "skip", 0, int.MaxValue);

    public static int Take(HttpContext http, int max) => Number(Param(http, "take").FirstOrDefault(), "take", 10, max);

    private static int Number(string? text, string name, int fallback, int max)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw new DeliveryQueryException($"Invalid '{name}' value", $"'{name}' must be a whole number from 0 to {max}.");
        }

        return value <= max ? value : throw new DeliveryQueryException($"Invalid '{name}' value", $"'{name}' must be a whole number from 0 to {max}.");
    }
}

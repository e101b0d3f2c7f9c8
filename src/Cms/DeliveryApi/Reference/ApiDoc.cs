using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Participation.Cms.DeliveryApi.Reference;

/// <summary>
/// What an endpoint takes and does, in words: the OpenAPI document and the reference page are both written from this,
/// since the handlers read the raw query string (to keep repeated values in order) rather than bound parameters.
/// </summary>
internal sealed record ApiDoc(string Summary, string Description, params ApiParameter[] Parameters);

/// <summary>One query, header or route parameter; <see cref="Repeats"/> for <c>filter</c>, <c>sort</c> and <c>id</c>.</summary>
internal sealed record ApiParameter(string Name, ApiParameterIn In, string Description, string? Example = null, bool Repeats = false, bool Required = false);

internal enum ApiParameterIn
{
    Query,
    Header,
    Path,
}

/// <summary>The parameters the endpoints share, written once.</summary>
internal static class ApiParameters
{
    public static readonly ApiParameter AcceptLanguage = new("Accept-Language", ApiParameterIn.Header,
        "The culture of names, values and routes, as one tag (fi, sv, en; fi-FI reads as fi). A browser's weighted list is ignored, as in Umbraco.", "sv");

    public static readonly ApiParameter ApiKey = new("Api-Key", ApiParameterIn.Header, "The configured key: needed for Preview, and for everything when public access is off. With Cms:ApiTokens set, an access token with the delivery scope in Authorization: Bearer does the same.");

    public static readonly ApiParameter Preview = new("Preview", ApiParameterIn.Header, "true shows drafts and unpublished items (needs Api-Key or an access token); never cached.", "true");

    public static readonly ApiParameter StartItem = new("Start-Item", ApiParameterIn.Header, "A root's URL segment or key; paths and the default fetch are read below it. Unknown: 404.", "etusivu");

    public static readonly ApiParameter Expand = new("expand", ApiParameterIn.Query, "Pickers to expand: properties[alias,…], properties[$all], nested with alias[properties[…]].", "properties[$all]");

    public static readonly ApiParameter Fields = new("fields", ApiParameterIn.Query, "Properties to write, same syntax as expand; all by default.", "properties[summary,body]");

    public static readonly ApiParameter Skip = new("skip", ApiParameterIn.Query, "Items to pass over (default 0); no upper limit.", "0");

    public static readonly ApiParameter Take = new("take", ApiParameterIn.Query, "Items to return (default 10, at most DeliveryApi:MaxTake).", "10");

    public static readonly ApiParameter[] ContentHeaders = [AcceptLanguage, ApiKey, Preview, StartItem];
}

/// <summary>The answers every Delivery API endpoint can give, for the OpenAPI document.</summary>
internal static class ApiAnswers
{
    public static RouteHandlerBuilder Answers(this RouteHandlerBuilder endpoint) => endpoint
        .WithGroupName(ApiReference.Document)
        .Produces(StatusCodes.Status200OK, contentType: "application/json")
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status404NotFound);
}

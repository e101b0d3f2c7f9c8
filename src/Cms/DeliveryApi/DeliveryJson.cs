using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Participation.Cms.DeliveryApi;

/// <summary>Writes API bodies: nulls kept; letters and markup as themselves (ä and &lt;p&gt;, not escapes).</summary>
internal static class DeliveryJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // served as JSON with nosniff, never as HTML
    };

    public static IResult Ok(JsonNode body) => Results.Text(body.ToJsonString(Options), "application/json; charset=utf-8");

    /// <summary>Umbraco's query errors: <c>type</c> is the word "Error" (reference section 5).</summary>
    public static IResult Problem(DeliveryQueryException error) =>
        Results.Text(
            new JsonObject { ["type"] = "Error", ["title"] = error.Title, ["status"] = 400, ["detail"] = error.Message }.ToJsonString(Options),
            "application/problem+json; charset=utf-8",
            statusCode: StatusCodes.Status400BadRequest);

    public static IResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found", type: "https://tools.ietf.org/html/rfc9110#section-15.5.5");
}

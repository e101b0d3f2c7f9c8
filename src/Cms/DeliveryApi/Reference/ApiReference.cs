using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Participation.Cms.Security;

namespace Participation.Cms.DeliveryApi.Reference;

/// <summary>
/// The OpenAPI document of the Delivery and Media APIs at Umbraco's address (<c>/umbraco/swagger/delivery/swagger.json</c>)
/// and a reference page at <c>/umbraco/swagger</c> written on the server: no script, so it lives under the site's
/// strict Content-Security-Policy as every page does.
/// </summary>
internal static class ApiReference
{
    public const string Document = "delivery";

    /// <summary>The Forms API (Umbraco Forms' headless API) has its own document, as in Umbraco.</summary>
    public const string FormsDocument = "forms";

    public static void AddApiReference(this IServiceCollection services)
    {
        services.AddOpenApi(FormsDocument, options =>
            options.ShouldInclude = d => d.RelativePath?.StartsWith("umbraco/forms/", StringComparison.Ordinal) == true);
        services.AddOpenApi(Document, options =>
        {
            options.ShouldInclude = d => d.GroupName == Document;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Participation.Site Content Delivery API",
                    Version = "v2",
                    Description = "Umbraco's Content Delivery API v2 and Media API, wire-compatible, with this site's additions: property filters and sorts, paging past 10 000, clear 400s.",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiDoc>().FirstOrDefault() is { } doc)
                {
                    operation.Summary = doc.Summary;
                    operation.Description = doc.Description;
                    operation.Parameters ??= [];
                    foreach (var parameter in doc.Parameters.Where(p => p.In != ApiParameterIn.Path))
                    {
                        operation.Parameters.Add(new OpenApiParameter
                        {
                            Name = parameter.Name,
                            In = parameter.In == ApiParameterIn.Header ? ParameterLocation.Header : ParameterLocation.Query,
                            Description = parameter.Description,
                            Required = parameter.Required,
                            Schema = parameter.Repeats
                                ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } }
                                : new OpenApiSchema { Type = JsonSchemaType.String },
                        });
                    }
                }

                return Task.CompletedTask;
            });
        });
    }

    public static void MapApiReference(this WebApplication app)
    {
        app.MapOpenApi("/umbraco/swagger/{documentName}/swagger.json");
        app.MapGet("/umbraco/swagger", (HttpContext http, EndpointDataSource endpoints) =>
            Results.Content(Page(http, endpoints), "text/html; charset=utf-8")).ExcludeFromDescription();
    }

    private static string Page(HttpContext http, EndpointDataSource source)
    {
        var html = new StringBuilder();
        html.Append($$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Content Delivery API reference</title>
            <style nonce="{{CspNonce.For(http)}}">
            body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1b1b1b}
            code{background:#f1f1f1;padding:0 .2em} table{border-collapse:collapse;width:100%;table-layout:fixed}
            h2,td,th{overflow-wrap:anywhere}
            th,td{text-align:left;vertical-align:top;border-bottom:1px solid #ccc;padding:.3rem .5rem} h2{margin-top:2.5rem}
            </style></head><body><main>
            <h1>Content Delivery API reference</h1>
            <p>Umbraco's Content Delivery API v2 and Media API. The machine-readable document:
            <a href="/umbraco/swagger/{{ApiReference.Document}}/swagger.json">OpenAPI (JSON)</a>. The Forms API has its own:
            <a href="/umbraco/swagger/{{ApiReference.FormsDocument}}/swagger.json">Forms OpenAPI (JSON)</a>.</p>
            """);
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>().Where(e => e.Metadata.GetMetadata<ApiDoc>() is not null)
                     .OrderBy(e => e.RoutePattern.RawText, StringComparer.Ordinal))
        {
            var doc = endpoint.Metadata.GetMetadata<ApiDoc>()!;
            html.Append($"<section><h2><code>GET /{Encode(endpoint.RoutePattern.RawText?.Trim('/'))}</code></h2>");
            html.Append($"<p><strong>{Encode(doc.Summary)}</strong> {Encode(doc.Description)}</p>");
            if (doc.Parameters.Length > 0)
            {
                html.Append("<table><thead><tr><th scope=\"col\">Parameter</th><th scope=\"col\">In</th><th scope=\"col\">What it does</th><th scope=\"col\">Example</th></tr></thead><tbody>");
                foreach (var p in doc.Parameters)
                {
                    html.Append($"<tr><td><code>{Encode(p.Name)}</code>{(p.Repeats ? " (repeatable)" : "")}{(p.Required ? " (required)" : "")}</td><td>{p.In.ToString().ToLowerInvariant()}</td><td>{Encode(p.Description)}</td><td>{(p.Example is null ? "" : $"<code>{Encode(p.Example)}</code>")}</td></tr>");
                }

                html.Append("</tbody></table>");
            }

            html.Append("</section>");
        }

        return html.Append("</main></body></html>").ToString();
    }

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Participation.Cms.Security;

/// <summary>Applies <see cref="LimitsOptions"/> to Kestrel and to form reading.</summary>
public static class RequestLimits
{
    public static WebApplicationBuilder AddRequestLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<LimitsOptions>().BindConfiguration("Cms:Limits");
        builder.Services.AddSingleton<PublicReadLimiter>();
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<LimitsOptions>>((kestrel, options) =>
        {
            var limits = options.Value;
            kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestLineSize = limits.MaxRequestLineBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = limits.MaxRequestHeadersBytes;
            kestrel.Limits.MaxRequestHeaderCount = limits.MaxRequestHeaderCount;
            kestrel.Limits.RequestHeadersTimeout = limits.RequestHeadersTimeout;
        });
        builder.Services.AddOptions<FormOptions>().Configure<IOptions<LimitsOptions>>((form, options) =>
        {
            form.ValueCountLimit = options.Value.MaxFormFields;
            form.ValueLengthLimit = options.Value.MaxFormValueBytes;
            form.MultipartBodyLengthLimit = options.Value.MaxRequestBodyBytes;
        });
        return builder;
    }

    /// <summary>
    /// A body whose declared length is over the limit is answered 413 at once, before anything reads it: read later,
    /// Kestrel's refusal would reach a form reader or antiforgery check and come out as a vaguer 400.
    /// </summary>
    public static WebApplication UseRequestLimits(this WebApplication app)
    {
        app.Use((http, next) =>
            http.Request.ContentLength is { } length
            && http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { MaxRequestBodySize: { } max }
            && length > max
                ? Results.Problem($"The request body may be at most {max / 1024} KB.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large").ExecuteAsync(http)
                : next(http));
        app.Use(ReadFormFirstAsync);
        var reads = app.Services.GetRequiredService<PublicReadLimiter>();
        app.Use(reads.InvokeAsync);
        return app;
    }

    /// <summary>
    /// A form body is read here, once (the parsed form is kept for whatever reads it later), so a broken one is a 400
    /// that says so: a multipart body without its boundary or cut short, a key past the length limit, an encoded NUL.
    /// Read later, by model binding, antiforgery or a handler, the same faults surface as 500s.
    /// </summary>
    private static async Task ReadFormFirstAsync(HttpContext http, RequestDelegate next)
    {
        if (http.Request.HasFormContentType)
        {
            string? fault;
            try
            {
                await http.Request.ReadFormAsync(http.RequestAborted);
                fault = null;
            }
            catch (Microsoft.AspNetCore.Http.BadHttpRequestException ex)
            {
                await Results.Problem(ex.Message, statusCode: ex.StatusCode, title: "Request not readable").ExecuteAsync(http);
                return;
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException && !http.RequestAborted.IsCancellationRequested)
            {
                fault = ex.Message;
            }

            if (fault is not null)
            {
                await Results.Problem($"The form could not be read: {fault}", statusCode: StatusCodes.Status400BadRequest, title: "Form not readable").ExecuteAsync(http);
                return;
            }
        }

        await next(http);
    }
}

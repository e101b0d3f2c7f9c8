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
        var reads = app.Services.GetRequiredService<PublicReadLimiter>();
        app.Use(reads.InvokeAsync);
        return app;
    }

    /// <summary>Inside the exception handler, so what it catches never reaches the handler as a 500.</summary>
    public static WebApplication UseUnreadableFormRefusal(this WebApplication app)
    {
        app.Use(RefuseUnreadableFormsAsync);
        return app;
    }

    /// <summary>
    /// A form body that cannot be read (a multipart body without its boundary or cut short, a key past the length limit,
    /// an encoded NUL) is a 400 that says so. The form is still read where it always was, after authorization, so an
    /// anonymous client cannot make the site buffer uploads meant for the backoffice; only the failure is caught here.
    /// </summary>
    private static async Task RefuseUnreadableFormsAsync(HttpContext http, RequestDelegate next)
    {
        if (!http.Request.HasFormContentType)
        {
            await next(http);
            return;
        }

        try
        {
            await next(http);
        }
        catch (Exception ex) when (!http.Response.HasStarted && FormFault(ex) is { } fault)
        {
            http.Response.Clear();
            await Results.Problem($"The form could not be read: {fault.Message}", statusCode: StatusCodes.Status400BadRequest, title: "Form not readable").ExecuteAsync(http);
        }
    }

    /// <summary>
    /// The failure of the framework's form parser inside <paramref name="ex"/> (every form read goes through its
    /// FormFeature; the antiforgery check wraps the failure in its own exception), or null for any other failure.
    /// </summary>
    private static Exception? FormFault(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is InvalidDataException or IOException or InvalidOperationException
                && e.StackTrace?.Contains("Microsoft.AspNetCore.Http.Features.FormFeature", StringComparison.Ordinal) == true)
            {
                return e;
            }
        }

        return null;
    }
}

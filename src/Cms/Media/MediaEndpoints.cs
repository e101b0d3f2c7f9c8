using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Participation.Cms.Media;

/// <summary>
/// Serves <c>/media/{folder}/{file}</c>. File URLs change whenever a file changes, so responses are cached for a year;
/// variants are generated once and then served from the variant cache.
/// </summary>
internal static class MediaEndpoints
{
    private const string CacheForever = "public, max-age=31536000, immutable";

    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder app)
    {
        app.MapGet("/media/{folder}/{file}", ServeAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ServeAsync(string folder, string file, HttpContext http, IMediaStore store, MediaOptions options, ImageResizer resizer, MediaRateLimiter limiter, CancellationToken cancellationToken)
    {
        if (!limiter.TryRequest(http))
        {
            return TooMany();
        }

        if (!ImageVariant.TryParse(http.Request.Query, options, out var variant, out var error))
        {
            return TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "Invalid image size");
        }

        if (folder.Contains("..", StringComparison.Ordinal) || file.Contains("..", StringComparison.Ordinal))
        {
            return TypedResults.NotFound();
        }

        var extension = Path.GetExtension(file).TrimStart('.').ToLowerInvariant();
        var contentType = MediaFileType.ContentTypeOf(extension);
        http.Response.Headers.CacheControl = CacheForever;
        var source = await store.OpenAsync($"{folder}/{file}", cancellationToken);
        if (source is null)
        {
            http.Response.Headers.CacheControl = "no-cache";
            return TypedResults.NotFound();
        }

        if (variant.IsOriginal || !contentType.StartsWith("image/", StringComparison.Ordinal))
        {
            return TypedResults.Stream(source, contentType);
        }

        var output = variant.ExtensionFor(extension);
        var cached = Path.Combine(options.CacheFolder, folder, $"{Path.GetFileNameWithoutExtension(file)}.{variant.CacheSuffix}.{output}");
        if (!File.Exists(cached))
        {
            if (!limiter.TryNewVariant(http))
            {
                await source.DisposeAsync();
                http.Response.Headers.CacheControl = "no-store";
                return TooMany();
            }

            await using (source)
            {
                byte[] bytes;
                try
                {
                    bytes = await resizer.ResizeAsync(source, variant, output, cancellationToken);
                }
                catch (ImageNotResizableException ex)
                {
                    http.Response.Headers.CacheControl = "no-cache";
                    return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest, title: "Image cannot be resized");
                }

                Directory.CreateDirectory(Path.GetDirectoryName(cached)!);
                var temporary = cached + "." + Guid.NewGuid().ToString("N")[..8];
                await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
                File.Move(temporary, cached, overwrite: true);
            }
        }
        else
        {
            await source.DisposeAsync();
        }

        var resized = output is "gif" ? "image/png" : MediaFileType.ContentTypeOf(output);
        return TypedResults.PhysicalFile(Path.GetFullPath(cached), resized);
    }

    private static ProblemHttpResult TooMany() => TypedResults.Problem(
        "Too many image requests from this address; try again in a minute.", statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests");
}

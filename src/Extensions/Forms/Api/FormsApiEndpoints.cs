using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Participation.Cms.PublishedCache;
using Participation.Cms.Routing;
using Participation.Cms.Security.ApiTokens;
using Participation.Cms.Site;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Forms.Rendering;
using Participation.Extensions.Forms.Validation;

namespace Participation.Extensions.Forms.Api;

/// <summary>
/// The headless Forms API, on Umbraco Forms' routes and shapes: a definition to render, an entry to store (202), wrong
/// answers by alias (422), an unreadable body (400), a body that is not JSON or multipart (415). Browsers send the
/// antiforgery token in its header; servers send an access token (<c>Cms:ApiTokens</c>) or <c>Api-Key</c>. Errors are RFC 9457 problem documents with a stable
/// <c>code</c> per rule beside each message.
/// </summary>
internal static class FormsApiEndpoints
{
    public const string Prefix = "/umbraco/forms/delivery/api/v1";

    public static IEndpointRouteBuilder MapFormsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix).WithTags("Forms");
        api.MapGet("/definitions/{id}", GetDefinitionAsync);
        api.MapPost("/entries/{id}", PostEntryAsync).DisableAntiforgery(); // checked below, or replaced by an access token or Api-Key
        return app;
    }

    private static async Task<Results<JsonHttpResult<JsonObject>, ProblemHttpResult>> GetDefinitionAsync(
        string id, HttpContext http, FormCatalog catalog, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var formId) || await catalog.GetAsync(formId, cancellationToken) is not { } form)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Form not found", detail: $"No form has the id '{id}'.");
        }

        // A front-end on this site's origin posts with this token in the header of the same name.
        var tokens = antiforgery.GetAndStoreTokens(http);
        http.Response.Headers[tokens.HeaderName ?? "RequestVerificationToken"] = tokens.RequestToken;
        http.Response.Headers.CacheControl = "no-store";
        // Umbraco's Forms API takes the language as ?culture=; the site's default language when left out.
        var culture = (string?)http.Request.Query["culture"] ?? "";
        return TypedResults.Json(FormDefinitionContract.Write(form.In(culture)));
    }

    private static async Task<IResult> PostEntryAsync(
        string id,
        HttpContext http,
        FormCatalog catalog,
        FormSubmissions submissions,
        PublicPostLimiter limiter,
        IAntiforgery antiforgery,
        ApiCallers callers,
        IOptions<FormsOptions> options,
        PublishedSnapshotService snapshots,
        SiteOptions site,
        IEnumerable<IFormPostParticipant> participants,
        CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var formId) || await catalog.GetAsync(formId, cancellationToken) is not { } form)
        {
            return Problem(StatusCodes.Status404NotFound, "Form not found", $"No form has the id '{id}'.");
        }

        var contentType = http.Request.ContentType;
        if (contentType is not null && !http.Request.HasJsonContentType() && !http.Request.HasFormContentType)
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type", "Send application/json, or multipart/form-data for files.");
        }

        if (ApiCallers.SentBearer(http))
        {
            if (!await callers.HasScopeAsync(http, callers.Options.FormsScope))
            {
                http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
                return Problem(StatusCodes.Status401Unauthorized, "Invalid access token", $"Send an unexpired access token from the configured issuer with the scope '{callers.Options.FormsScope}'.");
            }
        }
        else if (!await AuthorisedAsync(http, antiforgery, options.Value))
        {
            return Problem(StatusCodes.Status400BadRequest, "Missing or invalid antiforgery token", "Send the antiforgery token in its header, or an Api-Key from a server.");
        }

        if (!limiter.TryAcquire(http))
        {
            return Problem(StatusCodes.Status429TooManyRequests, "Too many submissions", "Wait a minute and send again.");
        }

        var (request, bodyError, tooLarge) = await EntryRequest.ReadAsync(http.Request, MaxBodyBytes(options.Value), cancellationToken);
        if (request is null)
        {
            return tooLarge
                ? Problem(StatusCodes.Status413PayloadTooLarge, "The body is too large", bodyError)
                : Problem(StatusCodes.Status400BadRequest, "The body could not be read", bodyError);
        }

        var culture = request.Culture ?? site.DefaultCulture;
        if (!site.Cultures.Contains(culture, StringComparer.OrdinalIgnoreCase))
        {
            return Problem(StatusCodes.Status400BadRequest, "Unknown culture", $"The site's cultures are {string.Join(", ", site.Cultures)}.");
        }

        form = form.In(SiteCulture(site, culture)); // its messages, and the thank-you, in the sender's language

        Guid? pageKey = null;
        PageContext? onPage = null;
        if (request.ContentId is { Length: > 0 } contentId)
        {
            var snapshot = snapshots.Current;
            var page = Guid.TryParse(contentId, out var key) ? snapshot.GetByKey(key) : int.TryParse(contentId, out var number) ? snapshot.GetById(number) : null;
            if (page is null)
            {
                return Problem(StatusCodes.Status400BadRequest, "Unknown contentId", $"No published page has the id '{contentId}'.");
            }

            pageKey = page.Key;
            onPage = new PageContext(page, SiteCulture(site, culture), snapshot, http);
        }

        if (request.FieldErrors.Count > 0)
        {
            return ValidationProblem(request.FieldErrors.ToDictionary(e => e.Key, e => e.Value.Select(m => ("shape", m)).ToList()));
        }

        var idempotencyKey = http.Request.Headers["Idempotency-Key"].ToString() is { Length: > 0 } k ? k : null;
        if (idempotencyKey is { Length: > 100 })
        {
            return Problem(StatusCodes.Status400BadRequest, "Idempotency-Key too long", "Use at most 100 characters, e.g. a GUID.");
        }

        // The page's add-on takes part as on the page itself: a registration sent with the event's contentId takes a seat.
        using var participation = onPage is null ? null : participants.Select(p => p.Join(onPage, form)).FirstOrDefault(p => p is not null);
        if (participation is not null)
        {
            await participation.PrepareAsync(cancellationToken);
        }

        var result = await submissions.SubmitAsync(
            form,
            new FormSubmission(request.Values, SiteCulture(site, culture), pageKey, idempotencyKey, request.Files, RejectUnknown: true, participation?.Alongside),
            cancellationToken);
        if (participation is not null)
        {
            await participation.AfterAsync(result, cancellationToken);
        }
        if (result is SubmitResult.Invalid { Errors: var unscanned } && unscanned.Any(e => e.Code == FieldErrorCodes.FileNotScanned))
        {
            http.Response.Headers.RetryAfter = "60";
        }

        return result switch
        {
            // A file the scanner found malware in is a bad request, not a rule to correct; a scanner that cannot be asked is ours to fix.
            SubmitResult.Invalid invalid when invalid.Errors.Any(e => e.Code == FieldErrorCodes.FileNotScanned) =>
                ValidationProblem(ByField(invalid.Errors), StatusCodes.Status503ServiceUnavailable, "Files cannot be checked right now; try again later."),
            SubmitResult.Invalid invalid when invalid.Errors.Any(e => e.Code == FieldErrorCodes.FileMalware) =>
                ValidationProblem(ByField(invalid.Errors), StatusCodes.Status400BadRequest, "A file was refused: it contains malware."),
            SubmitResult.Invalid invalid => ValidationProblem(ByField(invalid.Errors)),
            SubmitResult.Duplicate duplicate => TypedResults.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Already received",
                Detail = "An entry with this Idempotency-Key was stored before; nothing new was stored.",
                Extensions = { ["entryId"] = duplicate.EntryId },
            }),
            SubmitResult.Accepted accepted => TypedResults.Json(
                new JsonObject
                {
                    ["messageOnSubmit"] = form.MessageOnSubmit,
                    ["messageOnSubmitIsHtml"] = false,
                    ["gotoPageOnSubmit"] = form.GotoPageOnSubmit,
                    ["entryId"] = accepted.EntryId,
                },
                statusCode: StatusCodes.Status202Accepted),
            _ => throw new InvalidOperationException("Unknown result."),
        };
    }

    private static async Task<bool> AuthorisedAsync(HttpContext http, IAntiforgery antiforgery, FormsOptions options)
    {
        if (http.Request.Headers.TryGetValue("Api-Key", out var sent))
        {
            return options.ApiKey is { Length: > 0 } key
                && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent.ToString()), Encoding.UTF8.GetBytes(key));
        }

        return await antiforgery.IsRequestValidAsync(http);
    }

    private static long MaxBodyBytes(FormsOptions options) => options.MaxBodyKb * 1024L;

    private static string SiteCulture(SiteOptions site, string culture) =>
        site.Cultures.First(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase));

    private static ProblemHttpResult Problem(int status, string title, string? detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);

    private static Dictionary<string, List<(string Code, string Message)>> ByField(IReadOnlyList<FieldError> errors) =>
        errors.GroupBy(e => e.Alias, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Select(e => (e.Code, e.Message)).ToList());

    /// <summary>422 in Umbraco's shape (<c>errors</c>: alias to messages), plus <c>codes</c>: alias to the rules that failed.</summary>
    private static ProblemHttpResult ValidationProblem(
        Dictionary<string, List<(string Code, string Message)>> errors, int status = StatusCodes.Status422UnprocessableEntity, string title = "One or more validation errors occurred.") =>
        TypedResults.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = status,
            Title = title,
            Extensions =
            {
                ["errors"] = errors.ToDictionary(e => e.Key, e => e.Value.Select(v => v.Message).ToArray()),
                ["codes"] = errors.ToDictionary(e => e.Key, e => e.Value.Select(v => v.Code).ToArray()),
            },
        });
}

using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Participation.Cms.PublishedCache;
using Participation.Cms.Security.ApiTokens;
using Participation.Cms.Site;

namespace Participation.Cms.DeliveryApi;

/// <summary>
/// Applies the access rules (reference 1.3) and reads the request headers (3.1) into a <see cref="DeliveryRequest"/>,
/// or into the status the request gets instead: 401 without access, 404 for a Start-Item that is not there.
/// </summary>
internal sealed partial class DeliveryRequestReader(
    PublishedSnapshotService snapshots, IOptions<DeliveryApiOptions> options, SiteOptions site, ApiRouting routing, ApiCallers callers)
{
    private DeliveryApiOptions Options => options.Value;

    public async Task<(DeliveryRequest? Request, IResult? Refusal)> ReadAsync(HttpContext http)
    {
        var headers = http.Request.Headers;
        var preview = string.Equals(headers["Preview"].ToString(), "true", StringComparison.OrdinalIgnoreCase);
        var needsAccess = preview || !Options.PublicAccess;
        if (!Options.Enabled || (needsAccess && !await HasAccessAsync(http)))
        {
            return (null, Unauthorized());
        }

        var live = snapshots.Current;
        var snapshot = preview ? await snapshots.DraftsAsync(http.RequestAborted) : live;
        PublishedContent? start = null;
        if (headers["Start-Item"].ToString() is { Length: > 0 } startHeader)
        {
            start = routing.StartItem(snapshot, startHeader);
            if (start is null)
            {
                return (null, TypedResults.Json("The Start-Item could not be found", statusCode: StatusCodes.Status404NotFound));
            }
        }

        var request = new DeliveryRequest(snapshot, live, preview, Culture(headers["Accept-Language"].ToString()), start)
        {
            Cacheable = !preview && Options.PublicAccess,
        };
        return (request, null);
    }

    public bool MediaEnabled => Options.Enabled && Options.Media.Enabled;

    public async Task<bool> MediaAllowedAsync(HttpContext http) =>
        (Options.PublicAccess && Options.Media.PublicAccess) || await HasAccessAsync(http);

    /// <summary>The configured key, or an access token with the Delivery API's scope (<c>Cms:ApiTokens</c>); read only when needed.</summary>
    private async Task<bool> HasAccessAsync(HttpContext http) =>
        HasValidKey(http.Request.Headers["Api-Key"].ToString()) || await callers.HasScopeAsync(http, callers.Options.DeliveryScope);

    public static IResult Unauthorized() =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", type: "https://tools.ietf.org/html/rfc9110#section-15.5.2");

    /// <summary>
    /// Umbraco uses the header only when the whole value is one tag (a browser's weighted list is ignored); a regional
    /// tag such as <c>fi-FI</c> falls back to its language when the site has that language.
    /// </summary>
    private string Culture(string header)
    {
        if (header.Length == 0 || !SingleTag().IsMatch(header))
        {
            return site.DefaultCulture;
        }

        if (site.Cultures.FirstOrDefault(c => string.Equals(c, header, StringComparison.OrdinalIgnoreCase)) is { } exact)
        {
            return exact;
        }

        var language = header.Split('-')[0];
        return site.Cultures.FirstOrDefault(c => string.Equals(c, language, StringComparison.OrdinalIgnoreCase)) ?? header.ToLowerInvariant();
    }

    /// <summary>Exact and ordinal as in Umbraco, but compared in constant time so the key cannot be guessed by timing.</summary>
    private bool HasValidKey(string sent) =>
        Options.ApiKey is { Length: > 0 } key && sent.Length > 0
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(sent)), SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    [GeneratedRegex(@"^[\w-]+$")]
    private static partial Regex SingleTag();
}

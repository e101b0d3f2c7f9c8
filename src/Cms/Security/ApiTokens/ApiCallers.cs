using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Participation.Cms.Security.ApiTokens;

/// <summary>
/// Whether a request carries a valid access token with a given scope. Asked by the APIs themselves rather than by an
/// authorization policy: there a token is one of several ways in (public access, an <c>Api-Key</c>, an antiforgery token).
/// </summary>
public sealed class ApiCallers(ApiTokenOptions options)
{
    public ApiTokenOptions Options => options;

    public static bool SentBearer(HttpContext http) =>
        http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    public async Task<bool> HasScopeAsync(HttpContext http, string scope)
    {
        if (!options.Enabled || !SentBearer(http))
        {
            return false;
        }

        var result = await http.AuthenticateAsync(ApiTokensServiceCollectionExtensions.Scheme);
        if (!result.Succeeded)
        {
            return false;
        }

        // RFC 9068 puts the scopes in one space-separated "scope" claim; some providers send one claim per scope.
        return result.Principal.FindAll("scope").Concat(result.Principal.FindAll("scp"))
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Contains(scope, StringComparer.Ordinal);
    }
}

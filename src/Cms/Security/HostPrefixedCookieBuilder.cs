using Microsoft.AspNetCore.Http;

namespace Participation.Cms.Security;

/// <summary>
/// A cookie builder named and hardened per request as <see cref="HostPrefixedCookieManager"/> does for sign-in cookies,
/// for the cookies whose owners read a fixed name from their options: antiforgery, and the OpenID Connect handler's
/// correlation and nonce cookies (whose names are prefixes it appends to). The wrapped builder still builds the
/// options (the handlers' expiry rules included); over HTTPS the name gets <c>__Host-</c> and the options Secure, path
/// <c>/</c> and no domain.
/// </summary>
internal sealed class HostPrefixedCookieBuilder : CookieBuilder
{
    private readonly IHttpContextAccessor accessor;
    private readonly CookieBuilder inner;
    private readonly string plainName;

    public HostPrefixedCookieBuilder(IHttpContextAccessor accessor, CookieBuilder inner)
    {
        this.accessor = accessor;
        this.inner = inner;
        plainName = inner.Name ?? throw new ArgumentException("The cookie needs a name.", nameof(inner));
        HttpOnly = inner.HttpOnly;
        IsEssential = inner.IsEssential;
        SameSite = inner.SameSite;
        SecurePolicy = inner.SecurePolicy;
        Path = inner.Path;
        Expiration = inner.Expiration;
        MaxAge = inner.MaxAge;
    }

    public override string? Name
    {
        get => accessor.HttpContext is { } http ? HostPrefixedCookieManager.Name(http, plainName) : plainName;
        set { } // fixed at construction; the prefix comes with the request
    }

    public override CookieOptions Build(HttpContext context, DateTimeOffset expiresFrom) =>
        HostPrefixedCookieManager.Harden(context, inner.Build(context, expiresFrom));
}

using Microsoft.AspNetCore.Http;

namespace Participation.Cms.Security;

/// <summary>
/// The antiforgery cookie's builder, named and hardened per request as <see cref="HostPrefixedCookieManager"/> does
/// for sign-in cookies: the antiforgery store reads a fixed name from its options, so the name itself follows the request.
/// </summary>
internal sealed class HostPrefixedCookieBuilder : CookieBuilder
{
    private readonly IHttpContextAccessor accessor;
    private readonly string plainName;

    public HostPrefixedCookieBuilder(IHttpContextAccessor accessor, CookieBuilder defaults)
    {
        this.accessor = accessor;
        plainName = defaults.Name ?? "Participation.Antiforgery";
        HttpOnly = defaults.HttpOnly;
        IsEssential = defaults.IsEssential;
        SameSite = defaults.SameSite;
        SecurePolicy = CookieSecurePolicy.SameAsRequest;
        Path = "/";
    }

    public override string? Name
    {
        get => accessor.HttpContext is { } http ? HostPrefixedCookieManager.Name(http, plainName) : plainName;
        set { } // fixed at construction; the prefix comes with the request
    }

    public override CookieOptions Build(HttpContext context, DateTimeOffset expiresFrom) =>
        HostPrefixedCookieManager.Harden(context, base.Build(context, expiresFrom));
}

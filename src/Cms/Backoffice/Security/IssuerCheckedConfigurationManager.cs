using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Participation.Cms.Backoffice.Security;

/// <summary>
/// The identity provider's discovery metadata, trusted only when its <c>issuer</c> is the configured Authority
/// (ASVS 10.5.3, OpenID Connect Discovery 4.3). The handler itself takes whatever issuer the document names and then
/// accepts ID tokens from it, so a document served from the configured address but naming another issuer (a mix-up,
/// a proxy or a mistyped Authority) would otherwise decide whose tokens sign editors in.
/// </summary>
internal sealed class IssuerCheckedConfigurationManager(IConfigurationManager<OpenIdConnectConfiguration> inner, string authority)
    : IConfigurationManager<OpenIdConnectConfiguration>
{
    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken cancel)
    {
        var configuration = await inner.GetConfigurationAsync(cancel);
        if (!IsSameIssuer(configuration.Issuer, authority))
        {
            // InvalidOperationException, as the inner manager's own "could not load the metadata", so callers handle both alike.
            throw new InvalidOperationException(
                $"The identity provider's metadata names the issuer '{configuration.Issuer}', but Cms:Backoffice:OpenIdConnect:Authority is '{authority}'; sign-in with it is refused until they match.");
        }

        return configuration;
    }

    public void RequestRefresh() => inner.RequestRefresh();

    /// <summary>Exact comparison, except that a trailing slash on either side is not a difference: operators write the Authority both ways.</summary>
    internal static bool IsSameIssuer(string? issuer, string configured) =>
        issuer is { Length: > 0 } && string.Equals(issuer.TrimEnd('/'), configured.TrimEnd('/'), StringComparison.Ordinal);
}

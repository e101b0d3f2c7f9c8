namespace Participation.Web.Tests.Backoffice.OpenIdConnect;

/// <summary>
/// The site configured with an Authority the provider does not call itself: the back channel still reaches the same
/// provider (a TestServer answers any host name), so the metadata arrives and names its real issuer,
/// <see cref="TestIdentityProvider.Issuer"/>. As a proxy, a mix-up or a mistyped Authority would.
/// </summary>
public sealed class ProviderUnderAnotherNameSite() : OpenIdConnectSite(Authority)
{
    public static readonly Uri Authority = new("https://kirjautuminen.example.test/");
}

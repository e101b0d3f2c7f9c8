using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace Participation.Cms.Backoffice.Security;

/// <summary>
/// Whether a session has passed two steps, and whether it has to. A session that passed them carries the claim
/// <c>amr=mfa</c>: Identity adds it after the app or recovery code, the site after an enrolment or an OpenID Connect
/// sign-in whose token shows the provider's own second step.
/// </summary>
public sealed class TwoStepSignInPolicy(IOptions<TwoStepSignInOptions> options)
{
    public const string MethodClaim = "amr";
    public const string MultiFactor = "mfa";

    public static Claim MultiFactorClaim => new(MethodClaim, MultiFactor);

    public bool IsRequiredFor(IEnumerable<string> roles) =>
        roles.Any(role => options.Value.RequiredForRoles.Contains(role, StringComparer.OrdinalIgnoreCase));

    public static bool PassedTwoSteps(ClaimsPrincipal user) => user.HasClaim(MethodClaim, MultiFactor);

    /// <summary>False for a signed-in user whose role needs two steps that this session has not passed.</summary>
    public bool IsSatisfiedBy(ClaimsPrincipal user) =>
        PassedTwoSteps(user) || !IsRequiredFor(user.FindAll(ClaimTypes.Role).Select(c => c.Value));

    /// <summary>Whether the provider's ID token (as the external sign-in's claims) says it asked for a second factor itself.</summary>
    public bool ProviderShowsMultiFactor(ClaimsPrincipal external)
    {
        var methods = options.Value.ProviderMethods is { Count: > 0 } configured ? configured : TwoStepSignInOptions.DefaultProviderMethods;
        return external.FindAll(MethodClaim).Any(c => methods.Contains(c.Value, StringComparer.Ordinal))
            || external.FindAll("acr").Any(c => options.Value.ProviderAcrValues.Contains(c.Value, StringComparer.Ordinal));
    }
}

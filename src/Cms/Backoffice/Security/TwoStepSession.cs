using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Participation.Cms.Backoffice.Security;

/// <summary>Renewing this browser's session when the user's two-step sign-in changes.</summary>
public static class TwoStepSession
{
    /// <summary>
    /// Signs this browser in again after a change to the user's security stamp, as <see cref="SignInManager{TUser}.RefreshSignInAsync"/>,
    /// but says whether the session has now passed two steps: true right after enrolment (the password or the provider,
    /// and a code from the new app), false after two-step sign-in was turned off. The first sign-in's time is kept
    /// (<see cref="SessionLifetime"/>).
    /// </summary>
    public static async Task RenewAsync(this SignInManager<BackofficeUser> signIn, BackofficeUser user, bool passedTwoSteps)
    {
        var current = await signIn.Context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var claims = current.Principal?.FindAll(ClaimTypes.AuthenticationMethod).ToList() ?? [];
        if (passedTwoSteps)
        {
            claims.Add(TwoStepSignInPolicy.MultiFactorClaim);
        }

        await signIn.SignInWithClaimsAsync(user, current.Properties, claims);
    }
}

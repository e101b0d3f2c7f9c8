using System.Security.Claims;
using Participation.Cms.Backoffice.Security;

namespace Participation.Cms.Backoffice.Sessions;

/// <summary>How a session was signed in, read from the claims Identity puts on the principal it signs in.</summary>
internal static class SignInMethods
{
    public const string Password = "password";
    public const string TwoStep = "twoStep";
    public const string Provider = "provider";

    public static string Of(ClaimsPrincipal principal) =>
        TwoStepSignInPolicy.PassedTwoSteps(principal) ? TwoStep
        : principal.FindFirstValue(ClaimTypes.AuthenticationMethod) is { Length: > 0 } ? Provider // the external scheme's name
        : Password;
}

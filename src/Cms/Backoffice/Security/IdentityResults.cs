using Microsoft.AspNetCore.Identity;

namespace Participation.Cms.Backoffice.Security;

internal static class IdentityResults
{
    /// <summary>For Identity calls that fail only when something is broken (not on a user's input): an exception, not a message.</summary>
    public static void ThrowIfFailed(this IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}

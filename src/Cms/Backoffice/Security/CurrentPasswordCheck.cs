using Microsoft.AspNetCore.Identity;

namespace Participation.Cms.Backoffice.Security;

/// <summary>
/// The password typed again into a signed-in form (changing it, turning two-step sign-in on or off). A wrong one counts
/// as a failed sign-in for the account, towards the same lockout as wrong second-step codes, so whoever holds only a
/// stolen session cannot use these forms to guess the password: after five tries the account is locked for 15 minutes.
/// Unlike the sign-in page, nobody reaches these forms without a session of the account, so counting by account here
/// lets no stranger lock anyone out. A right password does not reset the count: that is left to a full sign-in.
/// </summary>
public sealed class CurrentPasswordCheck(UserManager<BackofficeUser> users, SecurityLog log)
{
    public enum Result
    {
        Right,
        Wrong,
        LockedOut,
    }

    public async Task<Result> CheckAsync(BackofficeUser user, string password)
    {
        if (await users.IsLockedOutAsync(user))
        {
            return Result.LockedOut;
        }

        if (await users.CheckPasswordAsync(user, password))
        {
            return Result.Right;
        }

        log.SignInFailed(user);
        await users.AccessFailedAsync(user); // a lost update under a concurrent change only misses one count
        return await users.IsLockedOutAsync(user) ? Result.LockedOut : Result.Wrong;
    }
}

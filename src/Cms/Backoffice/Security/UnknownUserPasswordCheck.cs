using Microsoft.AspNetCore.Identity;

namespace Participation.Cms.Backoffice.Security;

/// <summary>
/// Hashes a password against a throw-away hash when the typed name has no account (or the account is not checked), so
/// an unknown name costs the same time as a real one: 19 ms against 169 ms told which names exist.
/// </summary>
public sealed class UnknownUserPasswordCheck(IPasswordHasher<BackofficeUser> hasher)
{
    private readonly BackofficeUser nobody = new() { UserName = "nobody" };

    private readonly Lazy<string> hash = new(() => hasher.HashPassword(new BackofficeUser { UserName = "nobody" }, Guid.NewGuid().ToString("N")));

    public void SpendTheSameTime(string password) => hasher.VerifyHashedPassword(nobody, hash.Value, password);
}

using System.Reflection;
using Microsoft.AspNetCore.Identity;
using Participation.Cms.Backoffice.Text;

namespace Participation.Cms.Backoffice.Security;

/// <summary>
/// Refuses passwords that appear in lists of breached and common passwords (OWASP ASVS 5: length over composition,
/// plus a breached-list check). The list is bundled at build time from an npm package; nothing is fetched at run time.
/// </summary>
public sealed class CommonPasswordValidator(BackofficeText text) : IPasswordValidator<BackofficeUser>
{
    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<BackofficeUser> manager, BackofficeUser user, string? password)
    {
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var lower = password.Trim().ToLowerInvariant();
        var known = Common.Value.Contains(lower)
            || string.Equals(lower, user.UserName?.ToLowerInvariant(), StringComparison.Ordinal)
            || string.Equals(lower, user.Email?.ToLowerInvariant(), StringComparison.Ordinal);
        return Task.FromResult(known
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = text["identity.commonPassword"],
            })
            : IdentityResult.Success);
    }

    internal static int Count => Common.Value.Count;

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Participation.Cms.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list was not embedded; build the backoffice client (npm) first.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line);
            }
        }

        return set;
    }
}

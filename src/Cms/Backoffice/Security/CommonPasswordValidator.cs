using System.Reflection;
using Microsoft.AspNetCore.Identity;
using Participation.Cms.Backoffice.Text;

namespace Participation.Cms.Backoffice.Security;

/// <summary>
/// Refuses passwords that appear in lists of breached and common passwords (OWASP ASVS 5: length over composition,
/// plus a breached-list check), and passwords that contain a context-specific word (<see cref="PasswordContextWords"/>).
/// The list is bundled at build time from an npm package; nothing is fetched at run time.
/// </summary>
internal sealed class CommonPasswordValidator(BackofficeText text, PasswordContextWords context) : IPasswordValidator<BackofficeUser>
{
    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<BackofficeUser> manager, BackofficeUser user, string? password)
    {
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        // The user's own name and address are context words, so a password equal to them is refused as one.
        var error = Common.Value.Contains(password.Trim().ToLowerInvariant())
            ? new IdentityError { Code = "CommonPassword", Description = text["identity.commonPassword"] }
            : context.AreIn(password, user)
                ? new IdentityError { Code = "ContextPassword", Description = text["identity.contextPassword"] }
                : null;
        return Task.FromResult(error is null ? IdentityResult.Success : IdentityResult.Failed(error));
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

using Microsoft.AspNetCore.Identity;
using Participation.Cms.Backoffice.Text;

namespace Participation.Cms.Backoffice.Security;

/// <summary>
/// Identity's messages in the editor's language, for the ones shown next to the password, user name and email fields.
/// The rest keep Identity's own wording: the forms never provoke them.
/// </summary>
public sealed class BackofficeIdentityErrors(BackofficeText text) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = text.Format("identity.passwordTooShort", length) };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = text.Format("identity.duplicateEmail", email) };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = text.Format("identity.duplicateUserName", userName) };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = text.Format("identity.invalidEmail", email) };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = text["identity.passwordMismatch"] };
}

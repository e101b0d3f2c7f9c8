using Microsoft.AspNetCore.Identity;

namespace Participation.Cms.Backoffice.Security;

/// <summary>Identity's messages in Finnish, for the messages shown next to the password and user name fields.</summary>
public sealed class FinnishIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"Salasanassa pitää olla vähintään {length} merkkiä. Pitkä lause on hyvä salasana." };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = $"Sähköpostiosoite {email} on jo käytössä." };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = $"Käyttäjätunnus {userName} on jo käytössä." };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = $"'{email}' ei ole sähköpostiosoite." };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = "Salasana on väärä." };
}

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Participation.Cms.Backoffice.Sessions;
using Participation.Cms.Persistence;

namespace Participation.Cms.Backoffice.Security;

/// <summary>
/// What admins do to other accounts: roles, disabling, removal and ending sessions, each with an audit row. None of it
/// leaves the site without an admin who can sign in. The count of enabled admins and the change happen in one
/// transaction that first takes the Admin role's row (an update): PostgreSQL makes a second such transaction wait for
/// the first to commit, SQLite lets one writer in at a time, so two admins demoting or disabling each other at the same
/// moment cannot both succeed.
/// </summary>
public sealed class UserAccountChanges(CmsDbContext db, UserManager<BackofficeUser> users, BackofficeSessions sessions, TimeProvider clock)
{
    public enum Outcome
    {
        Done,
        NotFound,

        /// <summary>Refused: the user is the only enabled admin.</summary>
        LastAdmin,
    }

    public Task<Outcome> ChangeRoleAsync(string id, string role, string actor, CancellationToken cancellationToken) =>
        InTransactionAsync(id, losesAdmin: role != BackofficeRoles.Admin, actor, "UserRoleChanged", async user =>
        {
            (await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user))).ThrowIfFailed();
            (await users.AddToRoleAsync(user, role)).ThrowIfFailed();

            // A new stamp ends the user's open sessions at their next request (the stamp is checked on every request).
            (await users.UpdateSecurityStampAsync(user)).ThrowIfFailed();
            return role;
        }, cancellationToken);

    /// <summary>Removes the account; its sessions end at their next request, as the stamp check finds no user.</summary>
    public Task<Outcome> RemoveAsync(string id, string actor, CancellationToken cancellationToken) =>
        InTransactionAsync(id, losesAdmin: true, actor, "UserDeleted", async user =>
        {
            (await users.DeleteAsync(user)).ThrowIfFailed();
            return null;
        }, cancellationToken);

    /// <summary>The account can no longer sign in (<see cref="BackofficeSignInManager"/>), and the new stamp ends its open sessions.</summary>
    public Task<Outcome> DisableAsync(string id, string actor, CancellationToken cancellationToken) =>
        InTransactionAsync(id, losesAdmin: true, actor, "UserDisabled", async user =>
        {
            user.DisabledAt = clock.GetUtcNow().UtcDateTime;
            (await users.UpdateSecurityStampAsync(user)).ThrowIfFailed();
            return null;
        }, cancellationToken);

    public Task<Outcome> EnableAsync(string id, string actor, CancellationToken cancellationToken) =>
        InTransactionAsync(id, losesAdmin: false, actor, "UserEnabled", async user =>
        {
            user.DisabledAt = null;
            (await users.UpdateAsync(user)).ThrowIfFailed();
            return null;
        }, cancellationToken);

    /// <summary>Signs the user out everywhere: every session of theirs ends at its next request.</summary>
    public Task<Outcome> EndSessionsAsync(string id, string actor, CancellationToken cancellationToken) =>
        InTransactionAsync(id, losesAdmin: false, actor, "UserSessionsEnded", async user =>
        {
            (await users.UpdateSecurityStampAsync(user)).ThrowIfFailed();
            return null;
        }, cancellationToken);

    /// <summary>
    /// A lost second factor (ASVS 6.4.4), after the admin has checked who is asking (docs/security.md §2): the authenticator
    /// key and the recovery codes are removed, two-step sign-in is off, a lockout from wrong codes is lifted, and every
    /// session ends. The user signs in with the password (or the provider) and sets up an app again, at once when their
    /// role must use two steps.
    /// </summary>
    public Task<Outcome> ResetTwoFactorAsync(string id, string actor, CancellationToken cancellationToken) =>
        InTransactionAsync(id, losesAdmin: false, actor, "UserTwoFactorReset", async user =>
        {
            (await users.RemoveAuthenticationTokenAsync(user, BackofficeUserStore.IdentityLoginProvider, BackofficeUserStore.AuthenticatorKeyName)).ThrowIfFailed();
            (await users.RemoveAuthenticationTokenAsync(user, BackofficeUserStore.IdentityLoginProvider, BackofficeUserStore.RecoveryCodesName)).ThrowIfFailed();
            user.TwoFactorEnabled = false;
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            (await users.UpdateSecurityStampAsync(user)).ThrowIfFailed();
            return null;
        }, cancellationToken);

    /// <summary>Ends one session of the user, at its next request; their other sessions go on.</summary>
    public async Task<Outcome> EndSessionAsync(BackofficeUser user, string sessionId, string actor, CancellationToken cancellationToken)
    {
        if (!await sessions.EndAsync(user.Id, sessionId, cancellationToken))
        {
            return Outcome.NotFound;
        }

        await AuditAsync(actor, "UserSessionEnded", user.UserName ?? user.Id, cancellationToken);
        return Outcome.Done;
    }

    /// <summary>Ends the sessions of every user but <paramref name="exceptId"/> (the admin asking keeps theirs); returns how many users.</summary>
    public async Task<int> EndAllSessionsAsync(string exceptId, string actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var others = await users.Users.Where(u => u.Id != exceptId).ToListAsync(cancellationToken);
        foreach (var user in others)
        {
            (await users.UpdateSecurityStampAsync(user)).ThrowIfFailed();
        }

        await AuditAsync(actor, "AllSessionsEnded", $"{others.Count} users", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return others.Count;
    }

    public enum Standing
    {
        NotAdmin,
        OnlyAdmin,
        OneOfTheAdmins,
    }

    /// <summary>Where the user stands among the enabled admins now: for what to ask first, never for deciding (that is done in the change's transaction).</summary>
    public async Task<Standing> StandingAsync(string id) =>
        await users.FindByIdAsync(id) is not { } user || !await IsEnabledAdminAsync(user) ? Standing.NotAdmin
        : await EnabledAdminsAsync() <= 1 ? Standing.OnlyAdmin
        : Standing.OneOfTheAdmins;

    private async Task<Outcome> InTransactionAsync(
        string id, bool losesAdmin, string actor, string action, Func<BackofficeUser, Task<string?>> change, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var adminRole = users.NormalizeName(BackofficeRoles.Admin);
        await db.Roles.Where(r => r.NormalizedName == adminRole)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ConcurrencyStamp, r => r.ConcurrencyStamp), cancellationToken);

        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return Outcome.NotFound;
        }

        // A disabled admin cannot sign in, so only enabled admins keep the site administrable.
        if (losesAdmin && await IsEnabledAdminAsync(user) && await EnabledAdminsAsync() <= 1)
        {
            return Outcome.LastAdmin;
        }

        var name = user.UserName ?? id;
        var detail = await change(user);
        await AuditAsync(actor, action, detail is null ? name : $"{name}: {detail}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome.Done;
    }

    private async Task AuditAsync(string actor, string action, string detail, CancellationToken cancellationToken)
    {
        db.Audit.Add(new AuditRecord { At = clock.GetUtcNow().UtcDateTime, User = actor, Action = action, Detail = detail });
        await db.SaveChangesAsync(cancellationToken);
    }

    private Task<bool> IsEnabledAdminAsync(BackofficeUser user) => EnabledAdmins().AnyAsync(id => id == user.Id);

    private Task<int> EnabledAdminsAsync() => EnabledAdmins().CountAsync();

    /// <summary>
    /// Counted in the database, never from loaded users: the request's own sign-in check has already loaded the admin
    /// who asks, and that copy would not show a disable committed by another admin a moment ago.
    /// </summary>
    private IQueryable<string> EnabledAdmins()
    {
        var admin = users.NormalizeName(BackofficeRoles.Admin);
        return from user in db.Users
               join userRole in db.UserRoles on user.Id equals userRole.UserId
               join role in db.Roles on userRole.RoleId equals role.Id
               where role.NormalizedName == admin && user.DisabledAt == null
               select user.Id;
    }
}

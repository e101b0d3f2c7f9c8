using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Participation.Cms.Persistence;

namespace Participation.Cms.Backoffice.Security;

/// <summary>
/// Role changes and removals of backoffice users that never leave the site without an admin. The count of admins and
/// the change happen in one transaction that first takes the Admin role's row (an update): PostgreSQL makes a second
/// such transaction wait for the first to commit, SQLite lets one writer in at a time, so two admins demoting each
/// other at the same moment cannot both succeed.
/// </summary>
public sealed class UserRoleChanges(CmsDbContext db, UserManager<BackofficeUser> users)
{
    public enum Outcome
    {
        Done,
        NotFound,

        /// <summary>Refused: the user is the only admin.</summary>
        LastAdmin,
    }

    public Task<Outcome> ChangeRoleAsync(string id, string role, CancellationToken cancellationToken) =>
        InTransactionAsync(id, losesAdmin: role != BackofficeRoles.Admin, async user =>
        {
            Check(await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user)));
            Check(await users.AddToRoleAsync(user, role));

            // A new stamp ends the user's open sessions at their next request (the stamp is checked on every request).
            Check(await users.UpdateSecurityStampAsync(user));
        }, cancellationToken);

    public Task<Outcome> RemoveAsync(string id, CancellationToken cancellationToken) =>
        InTransactionAsync(id, losesAdmin: true, async user => Check(await users.DeleteAsync(user)), cancellationToken);

    public enum Standing
    {
        NotAdmin,
        OnlyAdmin,
        OneOfTheAdmins,
    }

    /// <summary>Where the user stands among the admins now: for what to ask first, never for deciding (that is done in the change's transaction).</summary>
    public async Task<Standing> StandingAsync(string id) =>
        await users.FindByIdAsync(id) is not { } user || !await users.IsInRoleAsync(user, BackofficeRoles.Admin) ? Standing.NotAdmin
        : (await users.GetUsersInRoleAsync(BackofficeRoles.Admin)).Count <= 1 ? Standing.OnlyAdmin
        : Standing.OneOfTheAdmins;

    private async Task<Outcome> InTransactionAsync(string id, bool losesAdmin, Func<BackofficeUser, Task> change, CancellationToken cancellationToken)
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

        if (losesAdmin && await users.IsInRoleAsync(user, BackofficeRoles.Admin)
            && (await users.GetUsersInRoleAsync(BackofficeRoles.Admin)).Count <= 1)
        {
            return Outcome.LastAdmin;
        }

        await change(user);
        await transaction.CommitAsync(cancellationToken);
        return Outcome.Done;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}

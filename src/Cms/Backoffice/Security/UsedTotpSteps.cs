using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Participation.Cms.Persistence;

namespace Participation.Cms.Backoffice.Security;

/// <summary>
/// The last TOTP time step each user has spent, kept as an Identity user token (no schema change). A code is accepted only
/// for a later step, so the same code, or an older one still inside the drift window, is refused.
/// </summary>
internal sealed class UsedTotpSteps(CmsDatabase database)
{
    public const string LoginProvider = "Participation.Totp";
    public const string TokenName = "LastUsedStep";

    /// <summary>Records <paramref name="step"/> as used; false when it, or a later one, was used already.</summary>
    public async Task<bool> TryUseAsync(string userId, long step)
    {
        // A context of its own: the request's context belongs to UserManager, which may hold tracked changes of its own.
        await using var db = database.CreateContext();
        var tokens = db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == LoginProvider && t.Name == TokenName);
        var value = step.ToString(CultureInfo.InvariantCulture);
        var last = await tokens.Select(t => t.Value).SingleOrDefaultAsync();
        if (last is null)
        {
            db.UserTokens.Add(new IdentityUserToken<string> { UserId = userId, LoginProvider = LoginProvider, Name = TokenName, Value = value });
            try
            {
                await db.SaveChangesAsync();
                return true;
            }
            catch (DbUpdateException)
            {
                // Another sign-in with a code recorded the first step at the same moment (the key is taken): refuse, fail closed.
                return false;
            }
        }

        if (long.Parse(last, CultureInfo.InvariantCulture) >= step)
        {
            return false;
        }

        // Compare and swap: of two sign-ins with the same code at once, both read the same last step, but only one update
        // still finds it there. Reading and then writing unconditionally would let both through.
        return await tokens.Where(t => t.Value == last).ExecuteUpdateAsync(set => set.SetProperty(t => t.Value, value)) == 1;
    }
}

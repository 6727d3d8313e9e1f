using FundingPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Infrastructure.Identity.Accounts;

/// <summary>
/// Checks the second factor of an account whose password was just verified: a TOTP code (each works once, RFC 6238
/// §5.2) or one of its single-use recovery codes. Wrong codes count towards the lockout like wrong passwords.
/// </summary>
public sealed class VerifySecondFactor(UserManager<AppUser> users, AppDbContext db, TimeProvider clock)
{
    public async Task<bool> Handle(AppUser user, string? totpCode, string? recoveryCode, CancellationToken ct)
    {
        if (await users.IsLockedOutAsync(user))
        {
            return false;
        }

        var accepted = !string.IsNullOrWhiteSpace(totpCode)
            ? await AcceptTotp(user, totpCode)
            : await AcceptRecoveryCode(user, recoveryCode, ct);
        if (!accepted)
        {
            await users.AccessFailedAsync(user);
        }
        else if (user.AccessFailedCount > 0)
        {
            await users.ResetAccessFailedCountAsync(user);
        }

        return accepted;
    }

    private async Task<bool> AcceptTotp(AppUser user, string code)
    {
        if (user.TotpSecret is null || Totp.MatchingStep(user.TotpSecret, code, clock.GetUtcNow()) is not { } step || step <= (user.TotpLastUsedStep ?? -1))
        {
            return false;
        }

        user.TotpLastUsedStep = step;
        // The concurrency stamp makes two sign-ins racing with the same code fail but one.
        return (await users.UpdateAsync(user)).Succeeded;
    }

    private async Task<bool> AcceptRecoveryCode(AppUser user, string? code, CancellationToken ct)
    {
        var normalised = RecoveryCodes.Normalise(code);
        if (normalised is null)
        {
            return false;
        }

        var unused = await db.RecoveryCodes.AsNoTracking().Where(c => c.UserId == user.Id && c.UsedAt == null).ToListAsync(ct);
        var match = unused.FirstOrDefault(c => users.PasswordHasher.VerifyHashedPassword(user, c.CodeHash, normalised) != PasswordVerificationResult.Failed);
        if (match is null)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        return await db.RecoveryCodes.Where(c => c.Id == match.Id && c.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedAt, now), ct) == 1;
    }
}

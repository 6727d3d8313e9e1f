using FundingPortal.Application.Accounts;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace FundingPortal.Infrastructure.Identity.Accounts;

/// <summary>
/// POST /api/auth/mfa/enable: a code from the pending secret turns MFA on. Every other session of the account, opened
/// with the password alone, ends; the caller's own session goes on.
/// </summary>
public sealed class EnableMfa(UserManager<AppUser> users, AccountSessions sessions, UserContextCache contexts, TimeProvider clock)
{
    public static readonly Error NotSetUp = Error.Conflict("mfa_not_set_up", "Call /api/auth/mfa/setup first, then send a code of that secret.");

    public async Task<Result> Handle(Guid userId, Guid? currentSessionId, string? code, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return Error.NotFound("Account");
        }

        if (user.TwoFactorEnabled)
        {
            return SetUpMfa.AlreadyEnabled;
        }

        if (user.TotpSecret is null)
        {
            return NotSetUp;
        }

        if (Totp.MatchingStep(user.TotpSecret, code, clock.GetUtcNow()) is not { } step)
        {
            return AccountErrors.InvalidCode;
        }

        // Set directly: UserManager.SetTwoFactorEnabledAsync would also change the security stamp and end this session too.
        user.TwoFactorEnabled = true;
        user.TotpLastUsedStep = step;
        if (!(await users.UpdateAsync(user)).Succeeded)
        {
            return Error.Conflict(ConcurrencyErrors.ConcurrentUpdateCode, "The account was changed at the same time; try again.");
        }

        await sessions.RevokeAllAsync(user.Id, "mfa_enabled", except: currentSessionId, ct);
        contexts.Invalidate(user.Id);
        return Result.Success();
    }
}

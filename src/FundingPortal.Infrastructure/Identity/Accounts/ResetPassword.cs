using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Accounts;
using FundingPortal.Domain.Accounts;
using FundingPortal.Domain.Common;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Infrastructure.Identity.Accounts;

/// <summary>
/// POST /api/auth/password/reset: the e-mailed link's token (single use, 1 hour) sets a new password. Every session
/// of the account ends and its security stamp changes, so no token or cookie issued before keeps working. The link
/// proves the mailbox: the address counts as confirmed and a lockout is lifted.
/// </summary>
public sealed class ResetPassword(AppDbContext db, UserManager<AppUser> users, AccountSessions sessions, ITransactionRunner transactions, TimeProvider clock)
{
    public async Task<Result> Handle(PasswordReset request, CancellationToken ct)
    {
        var token = await AccountTokenLookup.FindUsable(db, AccountTokenPurpose.PasswordReset, request.Email, request.Token, clock.GetUtcNow(), ct);
        if (token is null || await users.FindByIdAsync(token.UserId.ToString()) is not { } user)
        {
            return AccountErrors.InvalidToken;
        }

        var weak = PasswordPolicy.Check(request.NewPassword, user.Email);
        if (!weak.IsSuccess)
        {
            return weak.Error!;
        }

        var now = clock.GetUtcNow();
        var consumed = await transactions.RunAsync(async tx =>
        {
            if (await AccountTokenLookup.Consume(db, token, now, tx) == 0)
            {
                return false;
            }

            await db.AccountTokens.Where(t => t.UserId == user.Id && t.Purpose == AccountTokenPurpose.PasswordReset && t.UsedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), tx);
            user.PasswordHash = users.PasswordHasher.HashPassword(user, request.NewPassword!);
            user.EmailConfirmed = true;
            user.AccessFailedCount = 0;
            user.LockoutEnd = null;
            var saved = await users.UpdateSecurityStampAsync(user);
            if (!saved.Succeeded)
            {
                // Rolls the transaction back: the link stays usable.
                throw new InvalidOperationException("The account changed during the reset: " + string.Join("; ", saved.Errors.Select(e => e.Code)));
            }

            await sessions.RevokeAllAsync(user.Id, "password_reset", except: null, tx);
            return true;
        }, ct);
        return consumed ? Result.Success() : AccountErrors.InvalidToken;
    }
}

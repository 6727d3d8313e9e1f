using FundingPortal.Application.Accounts;
using FundingPortal.Domain.Common;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Infrastructure.Identity.Accounts;

/// <summary>POST /api/auth/confirmation and the page the e-mail links to: the link works once, for 48 hours.</summary>
public sealed class ConfirmEmail(AppDbContext db, UserManager<AppUser> users, UserContextCache contexts, TimeProvider clock)
{
    public async Task<Result> Handle(string? email, string? token, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var found = await AccountTokenLookup.FindUsable(db, AccountTokenPurpose.EmailConfirmation, email, token, now, ct);
        if (found is null || await AccountTokenLookup.Consume(db, found, now, ct) == 0
            || await users.FindByIdAsync(found.UserId.ToString()) is not { } user)
        {
            return AccountErrors.InvalidToken;
        }

        await db.AccountTokens.Where(t => t.UserId == user.Id && t.Purpose == AccountTokenPurpose.EmailConfirmation && t.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), ct);
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        contexts.Invalidate(user.Id);
        return Result.Success();
    }
}

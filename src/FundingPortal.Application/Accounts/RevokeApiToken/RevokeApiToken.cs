using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Accounts.RevokeApiToken;

/// <summary>Revokes one of the caller's API tokens at once; another user's token is not found (404).</summary>
public sealed class RevokeApiToken(IAppDbContext db, ICurrentUser user, TimeProvider clock)
{
    public async Task<Result> Handle(Guid id, CancellationToken ct)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id && t.UserId == user.UserId, ct);
        if (token is null)
        {
            return Error.NotFound("API token");
        }

        token.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }
}

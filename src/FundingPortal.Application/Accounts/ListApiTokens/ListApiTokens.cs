using FundingPortal.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Accounts.ListApiTokens;

/// <summary>The caller's API tokens, newest first, revoked and expired ones included (with when), never their secrets.</summary>
public sealed class ListApiTokens(IAppDbContext db, ICurrentUser user)
{
    public async Task<IReadOnlyList<ApiTokenResponse>> Handle(CancellationToken ct)
    {
        var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == user.UserId)
            .OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).ToListAsync(ct);
        return tokens.Select(ApiTokenResponse.From).ToList();
    }
}

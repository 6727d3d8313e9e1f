using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Accounts.AuthenticateApiToken;

/// <summary>Who an API token acts for, and whether it may write.</summary>
public sealed record ApiTokenIdentity(Guid TokenId, Guid UserId, bool MayWrite);

/// <summary>
/// Finds the token by the SHA-256 of the presented secret; an unknown, expired or revoked one authenticates no one
/// (401). The last use is recorded at most once a minute, so a busy integration does not write on every request.
/// </summary>
public sealed class AuthenticateApiToken(IAppDbContext db, TimeProvider clock)
{
    private static readonly TimeSpan LastUseResolution = TimeSpan.FromMinutes(1);

    public async Task<ApiTokenIdentity?> Handle(string secret, CancellationToken ct)
    {
        if (!secret.StartsWith(ApiToken.SecretPrefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return null;
        }

        var hash = ApiToken.HashOf(secret);
        var token = await db.ApiTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash, ct);
        var now = clock.GetUtcNow();
        if (token is null || !token.IsUsableAt(now))
        {
            return null;
        }

        if (token.LastUsedAt is not { } last || now - last >= LastUseResolution)
        {
            await db.ApiTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(u => u.SetProperty(t => t.LastUsedAt, now), ct);
        }

        return new ApiTokenIdentity(token.Id, token.UserId, token.MayWrite);
    }
}

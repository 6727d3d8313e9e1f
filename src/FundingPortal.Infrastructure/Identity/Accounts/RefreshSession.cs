using FundingPortal.Application.Accounts;
using FundingPortal.Domain.Common;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Infrastructure.Identity.Accounts;

/// <summary>
/// POST /api/auth/refresh with rotation: a refresh token is exchanged once, atomically, for an access token and the
/// next refresh token of the same session. A used one presented again revokes the whole session (its family).
/// </summary>
public sealed class RefreshSession(AppDbContext db, UserManager<AppUser> users, AccountSessions sessions, TimeProvider clock)
{
    public async Task<Result<TokenResponse>> Handle(string? refreshToken, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(refreshToken) || refreshToken.Length > 200)
        {
            return AccountErrors.InvalidRefreshToken;
        }

        var hash = SecretTokens.Hash(refreshToken);
        var token = await db.RefreshTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash, ct);
        var session = token is null ? null : await db.UserSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == token.SessionId, ct);
        if (token is null || session is null)
        {
            return AccountErrors.InvalidRefreshToken;
        }

        if (token.UsedAt is not null)
        {
            return await Reused(session, ct);
        }

        var now = clock.GetUtcNow();
        if (!session.IsActive || now >= token.ExpiresAt)
        {
            return AccountErrors.InvalidRefreshToken;
        }

        var consumed = await db.RefreshTokens.Where(t => t.Id == token.Id && t.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), ct);
        if (consumed == 0)
        {
            // Another request exchanged it a moment ago: two holders of one token.
            return await Reused(session, ct);
        }

        if (await users.FindByIdAsync(session.UserId.ToString()) is not { } user)
        {
            return AccountErrors.InvalidRefreshToken;
        }

        return await sessions.IssueTokensAsync(user, session.Id, ct);
    }

    private async Task<Result<TokenResponse>> Reused(UserSession session, CancellationToken ct)
    {
        await sessions.RevokeAsync(session.UserId, session.Id, "refresh_token_reused", ct);
        return AccountErrors.RefreshTokenReused;
    }
}

using FundingPortal.Domain.Common;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Infrastructure.Identity.Accounts;

public sealed record LogOutRequest(Guid UserId, Guid? CurrentSessionId, string? RefreshToken, bool Everywhere);

/// <summary>
/// POST /api/auth/logout and the web UI's sign-out: ends the caller's session (and the one of the refresh token given,
/// if it is theirs), or, everywhere, every session of the account and its security stamp, so that no token or cookie
/// issued before keeps working.
/// </summary>
public sealed class LogOut(AppDbContext db, UserManager<AppUser> users, AccountSessions sessions)
{
    public async Task<Result> Handle(LogOutRequest request, CancellationToken ct)
    {
        if (request.Everywhere)
        {
            if (await users.FindByIdAsync(request.UserId.ToString()) is { } user)
            {
                await users.UpdateSecurityStampAsync(user);
            }

            await sessions.RevokeAllAsync(request.UserId, "logout_everywhere", except: null, ct);
            return Result.Success();
        }

        if (request.CurrentSessionId is { } current)
        {
            await sessions.RevokeAsync(request.UserId, current, "logout", ct);
        }

        if (!string.IsNullOrEmpty(request.RefreshToken) && request.RefreshToken.Length <= 200)
        {
            var hash = SecretTokens.Hash(request.RefreshToken);
            var sessionId = await db.RefreshTokens.Where(t => t.TokenHash == hash).Select(t => (Guid?)t.SessionId).FirstOrDefaultAsync(ct);
            if (sessionId is { } family)
            {
                await sessions.RevokeAsync(request.UserId, family, "logout", ct);
            }
        }

        return Result.Success();
    }
}

using System.Security.Claims;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FundingPortal.Infrastructure.Identity.Accounts;

/// <summary>
/// Opens and closes sessions. Every sign-in (API tokens, web cookie, single sign-on) gets a <see cref="UserSession"/>
/// row whose id goes into the principal, so that it can be revoked on its own; an API session also gets its first
/// refresh token.
/// </summary>
public sealed class AccountSessions(
    AppDbContext db,
    IUserClaimsPrincipalFactory<AppUser> principals,
    IOptionsMonitor<BearerTokenOptions> bearerOptions,
    SessionValidityCache sessions,
    UserContextCache contexts,
    TimeProvider clock)
{
    /// <summary>A principal for the web cookie, tied to a new session (saved).</summary>
    public async Task<ClaimsPrincipal> StartWebAsync(AppUser user, CancellationToken ct)
    {
        var session = UserSession.Start(user.Id, SessionChannel.Web, clock.GetUtcNow());
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return await PrincipalFor(user, session.Id);
    }

    public async Task<TokenResponse> StartApiAsync(AppUser user, CancellationToken ct)
    {
        var session = UserSession.Start(user.Id, SessionChannel.Api, clock.GetUtcNow());
        db.UserSessions.Add(session);
        return await IssueTokensAsync(user, session.Id, ct);
    }

    /// <summary>A new access token and the next refresh token of the session (saved with whatever else is pending).</summary>
    public async Task<TokenResponse> IssueTokensAsync(AppUser user, Guid sessionId, CancellationToken ct)
    {
        var options = bearerOptions.Get(IdentityConstants.BearerScheme);
        // Access tokens are checked by the bearer handler against its own clock (the wall clock: AuthSetup).
        var expires = (options.TimeProvider ?? TimeProvider.System).GetUtcNow() + options.BearerTokenExpiration;
        var ticket = new AuthenticationTicket(await PrincipalFor(user, sessionId), new AuthenticationProperties { ExpiresUtc = expires },
            IdentityConstants.BearerScheme);
        var refreshToken = SecretTokens.New();
        db.RefreshTokens.Add(RefreshToken.Issue(sessionId, SecretTokens.Hash(refreshToken), clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return new TokenResponse("Bearer", options.BearerTokenProtector.Protect(ticket), (long)options.BearerTokenExpiration.TotalSeconds, refreshToken);
    }

    public async Task RevokeAsync(Guid userId, Guid sessionId, string because, CancellationToken ct)
    {
        var session = await db.UserSessions.FirstOrDefaultAsync(s => s.Id == sessionId && s.UserId == userId, ct);
        if (session is null)
        {
            return;
        }

        session.Revoke(clock.GetUtcNow(), because);
        await db.SaveChangesAsync(ct);
        sessions.MarkRevoked(sessionId);
    }

    /// <summary>Ends every session of the account (but <paramref name="except"/>, when given).</summary>
    public async Task RevokeAllAsync(Guid userId, string because, Guid? except, CancellationToken ct)
    {
        var query = db.UserSessions.Where(s => s.UserId == userId && s.RevokedAt == null);
        if (except is { } kept)
        {
            query = query.Where(s => s.Id != kept);
        }

        var open = await query.ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var session in open)
        {
            session.Revoke(now, because);
        }

        await db.SaveChangesAsync(ct);
        foreach (var session in open)
        {
            sessions.MarkRevoked(session.Id);
        }

        contexts.Invalidate(userId);
    }

    private async Task<ClaimsPrincipal> PrincipalFor(AppUser user, Guid sessionId)
    {
        var principal = await principals.CreateAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(UserSession.SessionClaim, sessionId.ToString()));
        return principal;
    }
}

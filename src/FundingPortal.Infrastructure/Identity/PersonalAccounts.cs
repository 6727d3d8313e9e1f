using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Privacy;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Infrastructure.Identity;

/// <summary>The account store's side of personal data: one person's facts for their export, and anonymisation. The last sign-in is the latest session's start.</summary>
public sealed class PersonalAccounts(AppDbContext db, UserContextCache cache, SessionValidityCache sessions) : IPersonalAccounts
{
    public async Task<AccountRecord?> FindAsync(Guid userId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null)
        {
            return null;
        }

        var roles = await db.UserRoles.Where(ur => ur.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(ct);
        var providers = await db.UserLogins.Where(l => l.UserId == userId).Select(l => l.LoginProvider).ToListAsync(ct);
        var signIns = await db.UserSessions.AsNoTracking().Where(s => s.UserId == userId).OrderByDescending(s => s.CreatedAt).ToListAsync(ct);
        return new AccountRecord(user.Id, user.Email!, user.EmailConfirmed, roles.Order(StringComparer.Ordinal).ToList(), user.OrganisationId, user.FunderId,
            user.CreatedAt, signIns.FirstOrDefault()?.CreatedAt, user.TwoFactorEnabled, providers.Order(StringComparer.Ordinal).ToList(),
            signIns.Select(s => new SignInRecord(s.Channel.ToString(), s.CreatedAt, s.RevokedAt)).ToList());
    }

    public async Task<IReadOnlyList<Guid>> InactiveSinceAsync(DateTimeOffset cutoff, CancellationToken ct) =>
        await db.Users.AsNoTracking()
            .Where(u => !db.PersonalDataErasures.Any(e => e.Kind == ErasureKind.Account && e.SubjectId == u.Id))
            .Where(u => (db.UserSessions.Where(s => s.UserId == u.Id).Max(s => (DateTimeOffset?)s.CreatedAt) ?? u.CreatedAt) < cutoff)
            .OrderBy(u => u.CreatedAt)
            .Select(u => u.Id)
            .ToListAsync(ct);

    public async Task AnonymiseAsync(Guid userId, string placeholderEmail, CancellationToken ct)
    {
        var user = await db.Users.FirstAsync(u => u.Id == userId, ct);
        user.Email = user.UserName = placeholderEmail;
        user.NormalizedEmail = user.NormalizedUserName = placeholderEmail.ToUpperInvariant();
        user.EmailConfirmed = false;
        user.PasswordHash = null;
        user.PhoneNumber = null;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.TotpSecret = null;
        user.TotpLastUsedStep = null;
        user.TwoFactorEnabled = false;
        user.MfaExempt = false;
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        user.OrganisationId = null;
        user.FunderId = null;

        var sessionIds = await db.UserSessions.Where(s => s.UserId == userId).Select(s => s.Id).ToListAsync(ct);
        await db.RefreshTokens.Where(t => sessionIds.Contains(t.SessionId)).ExecuteDeleteAsync(ct);
        await db.UserSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);
        await db.AccountTokens.Where(t => t.UserId == userId).ExecuteDeleteAsync(ct);
        await db.RecoveryCodes.Where(c => c.UserId == userId).ExecuteDeleteAsync(ct);
        await db.UserLogins.Where(l => l.UserId == userId).ExecuteDeleteAsync(ct);
        await db.UserTokens.Where(t => t.UserId == userId).ExecuteDeleteAsync(ct);
        await db.UserClaims.Where(c => c.UserId == userId).ExecuteDeleteAsync(ct);
        await db.UserRoles.Where(r => r.UserId == userId).ExecuteDeleteAsync(ct);
        foreach (var sessionId in sessionIds)
        {
            sessions.MarkRevoked(sessionId);
        }

        cache.Invalidate(userId);
    }
}

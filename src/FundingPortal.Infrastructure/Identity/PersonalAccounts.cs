using FundingPortal.Application.Abstractions;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Infrastructure.Identity;

/// <summary>The account store's facts about one person, for their data export. The last sign-in is the latest session's start.</summary>
public sealed class PersonalAccounts(AppDbContext db) : IPersonalAccounts
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
        var sessions = await db.UserSessions.AsNoTracking().Where(s => s.UserId == userId).OrderByDescending(s => s.CreatedAt).ToListAsync(ct);
        return new AccountRecord(user.Id, user.Email!, user.EmailConfirmed, roles.Order(StringComparer.Ordinal).ToList(), user.OrganisationId, user.FunderId,
            user.CreatedAt, sessions.FirstOrDefault()?.CreatedAt, user.TwoFactorEnabled, providers.Order(StringComparer.Ordinal).ToList(),
            sessions.Select(s => new SignInRecord(s.Channel.ToString(), s.CreatedAt, s.RevokedAt)).ToList());
    }
}

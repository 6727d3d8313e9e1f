using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace FundingPortal.Infrastructure.Identity;

/// <summary>
/// Roles and memberships change while tokens live (creating an organisation makes you an Applicant at once),
/// so they are read from the database and cached for a few seconds; local changes invalidate the entry. The security
/// stamp comes with them: a token whose stamp is no longer the account's dies within <see cref="Lifetime"/> everywhere,
/// at once in the process that changed it.
/// </summary>
public sealed class UserContextCache(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    public async Task<UserContext?> GetAsync(Guid userId, AppDbContext db, CancellationToken ct)
    {
        if (cache.TryGetValue(Key(userId), out UserContext? cached))
        {
            return cached;
        }

        var context = await Load(userId, db, ct);
        if (context is not null)
        {
            cache.Set(Key(userId), context, Lifetime);
        }

        return context;
    }

    public void Invalidate(Guid userId) => cache.Remove(Key(userId));

    private static async Task<UserContext?> Load(Guid userId, AppDbContext db, CancellationToken ct)
    {
        var row = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.OrganisationId,
                u.FunderId,
                u.SecurityStamp,
                u.EmailConfirmed,
                u.TwoFactorEnabled,
                u.MfaExempt,
                ExpertId = db.Experts.Where(e => e.UserId == u.Id).Select(e => (Guid?)e.Id).FirstOrDefault(),
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        return row is null ? null : new UserContext(row.Id, row.Email ?? string.Empty, row.Roles, row.OrganisationId, row.FunderId, row.ExpertId)
        {
            SecurityStamp = row.SecurityStamp ?? string.Empty,
            EmailConfirmed = row.EmailConfirmed,
            MfaEnabled = row.TwoFactorEnabled,
            MfaExempt = row.MfaExempt,
        };
    }

    private static string Key(Guid userId) => $"user-context:{userId:N}";
}

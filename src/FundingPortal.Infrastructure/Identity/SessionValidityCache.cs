using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace FundingPortal.Infrastructure.Identity;

/// <summary>
/// Whether the session a token or cookie belongs to is still open, checked on every request: one primary-key read
/// per session every <see cref="UserContextCache.Lifetime"/> at most. A revocation made by this process is seen at once;
/// one made by another API process within that lifetime.
/// </summary>
public sealed class SessionValidityCache(IMemoryCache cache)
{
    /// <summary>A revoked session never comes back: remember that for longer.</summary>
    private static readonly TimeSpan RevokedLifetime = TimeSpan.FromMinutes(10);

    public async Task<bool> IsActiveAsync(Guid sessionId, Guid userId, AppDbContext db, CancellationToken ct)
    {
        if (cache.TryGetValue(Key(sessionId), out bool active))
        {
            return active;
        }

        active = await db.UserSessions.AsNoTracking().AnyAsync(s => s.Id == sessionId && s.UserId == userId && s.RevokedAt == null, ct);
        cache.Set(Key(sessionId), active, active ? UserContextCache.Lifetime : RevokedLifetime);
        return active;
    }

    public void MarkRevoked(Guid sessionId) => cache.Set(Key(sessionId), false, RevokedLifetime);

    private static string Key(Guid sessionId) => $"session-active:{sessionId:N}";
}

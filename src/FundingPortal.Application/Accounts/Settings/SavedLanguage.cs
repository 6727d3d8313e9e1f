using FundingPortal.Application.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace FundingPortal.Application.Accounts.Settings;

/// <summary>
/// The language a person saved in their settings, or null when they never saved any (then the <c>lang</c> cookie and the
/// browser decide). Read on every page, so cached 5 s per person; the language switch forgets it when it saves.
/// </summary>
public sealed class SavedLanguage(IAppDbContext db, IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    public async Task<string?> Find(Guid userId, CancellationToken ct)
    {
        if (cache.TryGetValue(Key(userId), out string? language))
        {
            return language;
        }

        language = await db.AccountSettings.AsNoTracking().Where(s => s.UserId == userId).Select(s => s.Language).FirstOrDefaultAsync(ct);
        cache.Set(Key(userId), language, Lifetime);
        return language;
    }

    public void Forget(Guid userId) => cache.Remove(Key(userId));

    private static string Key(Guid userId) => $"saved-language:{userId:N}";
}

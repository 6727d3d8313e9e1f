using FundingPortal.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Accounts.Settings;

/// <summary>Reads the settings row of a person; nobody has one until they first save their settings.</summary>
public sealed class StoredUserSettings(IAppDbContext db) : IUserSettings
{
    public async Task<UserSettings> GetAsync(Guid userId, CancellationToken ct) =>
        await db.AccountSettings.AsNoTracking().Where(s => s.UserId == userId)
            .Select(s => new UserSettings(s.Language, s.EmailFrequency)).FirstOrDefaultAsync(ct)
        ?? UserSettings.Default;

    public async Task<IReadOnlyDictionary<Guid, UserSettings>> GetManyAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        var saved = await db.AccountSettings.AsNoTracking().Where(s => ids.Contains(s.UserId))
            .ToDictionaryAsync(s => s.UserId, s => new UserSettings(s.Language, s.EmailFrequency), ct);
        return ids.ToDictionary(id => id, id => saved.GetValueOrDefault(id, UserSettings.Default));
    }
}

using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Accounts.GetMySettings;
using FundingPortal.Application.Accounts.Settings;
using FundingPortal.Domain.Accounts;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Accounts.UpdateMySettings;

/// <summary>Both fields are required (a PUT replaces the settings); values are checked as strings so a bad one gets its own code.</summary>
public sealed record UpdateSettingsRequest(string? Language, string? EmailFrequency);

public sealed class UpdateMySettings(IAppDbContext db, ICurrentUser user, TimeProvider clock)
{
    public async Task<Result<SettingsResponse>> Handle(UpdateSettingsRequest request, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var settings = await db.AccountSettings.FirstOrDefaultAsync(s => s.UserId == user.UserId, ct);
        if (settings is null)
        {
            settings = AccountSettings.Default(user.UserId, now);
            db.AccountSettings.Add(settings);
        }

        var changed = settings.Change(request.Language, request.EmailFrequency, now);
        if (!changed.IsSuccess)
        {
            return changed.Error!;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (db.ChangeTracker.Entries<AccountSettings>().Any(e => e.State == EntityState.Added))
        {
            // Two first saves raced: the other one created the row; apply ours on top of it.
            db.ChangeTracker.Clear();
            var existing = await db.AccountSettings.FirstAsync(s => s.UserId == user.UserId, ct);
            existing.Change(request.Language, request.EmailFrequency, now);
            await db.SaveChangesAsync(ct);
            settings = existing;
        }

        return SettingsResponse.From(new UserSettings(settings.Language, settings.EmailFrequency));
    }
}

using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Accounts.GetMySettings;
using FundingPortal.Application.Accounts.Settings;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Domain.Accounts;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Accounts.UpdateMySettings;

/// <summary>Both fields are required (a PUT replaces the settings); values are checked as strings so a bad one gets its own code.</summary>
public sealed record UpdateSettingsRequest(string? Language, string? EmailFrequency);

/// <summary>Saves the caller's settings; two first saves racing to create the row retry on the winner's row.</summary>
public sealed class UpdateMySettings(IAppDbContext db, ICurrentUser user, RetryOnConflict retry, TimeProvider clock)
{
    public Task<Result<SettingsResponse>> Handle(UpdateSettingsRequest request, CancellationToken ct) => retry.Run(() => Save(request, ct));

    private async Task<Result<SettingsResponse>> Save(UpdateSettingsRequest request, CancellationToken ct)
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

        var saved = await db.TrySaveChangesAsync(ct);
        if (!saved.IsSuccess)
        {
            return saved.Error!;
        }

        return SettingsResponse.From(new UserSettings(settings.Language, settings.EmailFrequency));
    }
}

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

public sealed class UpdateMySettings(IAppDbContext db, ICurrentUser user, TimeProvider clock, RetryOnConflict retry)
{
    /// <summary>Two first saves racing both create the row: the loser runs again on top of the winner's (the concurrency seam).</summary>
    public Task<Result<SettingsResponse>> Handle(UpdateSettingsRequest request, CancellationToken ct) =>
        retry.Run<SettingsResponse>(async (_, token) =>
        {
            var now = clock.GetUtcNow();
            var settings = await db.AccountSettings.FirstOrDefaultAsync(s => s.UserId == user.UserId, token);
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

            var saved = await db.TrySaveChangesAsync(token);
            return saved.IsSuccess ? SettingsResponse.From(new UserSettings(settings.Language, settings.EmailFrequency)) : saved.Error!;
        }, RetryOnConflict.DefaultAttempts, ct);
}

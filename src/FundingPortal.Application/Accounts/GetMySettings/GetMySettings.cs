using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Accounts.Settings;

namespace FundingPortal.Application.Accounts.GetMySettings;

public sealed record SettingsResponse(string Language, string EmailFrequency)
{
    public static SettingsResponse From(UserSettings settings) => new(settings.Language, settings.EmailFrequency.ToString());
}

public sealed class GetMySettings(IUserSettings settings, ICurrentUser user)
{
    public async Task<SettingsResponse> Handle(CancellationToken ct) => SettingsResponse.From(await settings.GetAsync(user.UserId, ct));
}

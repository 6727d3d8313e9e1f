using FundingPortal.Domain.Accounts;

namespace FundingPortal.Application.Accounts.Settings;

/// <summary>A person's settings as the rest of the code reads them: "fr" and Immediate until they change them.</summary>
public sealed record UserSettings(string Language, EmailFrequency EmailFrequency)
{
    public static readonly UserSettings Default = new(AccountSettings.DefaultLanguage, EmailFrequency.Immediate);
}

public interface IUserSettings
{
    Task<UserSettings> GetAsync(Guid userId, CancellationToken ct);

    /// <summary>Everyone's settings in one read (the defaults for those who never saved theirs): one entry per id.</summary>
    Task<IReadOnlyDictionary<Guid, UserSettings>> GetManyAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct);
}

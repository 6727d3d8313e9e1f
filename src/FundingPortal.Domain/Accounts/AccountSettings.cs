using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Accounts;

/// <summary>A person's own choices: the language of their e-mails (and, later, pages) and how often they get e-mail.</summary>
public sealed class AccountSettings
{
    public const string DefaultLanguage = "fr";
    public static readonly IReadOnlyList<string> Languages = ["fr", "en"];

    private AccountSettings()
    {
    }

    public Guid UserId { get; private set; }
    public string Language { get; private set; } = DefaultLanguage;
    public EmailFrequency EmailFrequency { get; private set; } = EmailFrequency.Immediate;
    public DateTimeOffset UpdatedAt { get; private set; }

    public static AccountSettings Default(Guid userId, DateTimeOffset now) => new() { UserId = userId, UpdatedAt = now };

    public Result Change(string? language, string? emailFrequency, DateTimeOffset now)
    {
        if (language is null || !Languages.Contains(language))
        {
            return Error.Field("language", "invalid_language", "language is \"fr\" or \"en\".");
        }

        if (emailFrequency is null || !Enum.GetNames<EmailFrequency>().Contains(emailFrequency))
        {
            return Error.Field("emailFrequency", "invalid_email_frequency", "emailFrequency is \"Immediate\", \"DailyDigest\" or \"Off\".");
        }

        Language = language;
        EmailFrequency = Enum.Parse<EmailFrequency>(emailFrequency);
        UpdatedAt = now;
        return Result.Success();
    }
}

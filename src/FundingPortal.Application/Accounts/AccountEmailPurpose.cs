namespace FundingPortal.Application.Accounts;

/// <summary>The values of <see cref="FundingPortal.Contracts.AccountEmailRequested.Purpose"/>.</summary>
public static class AccountEmailPurpose
{
    public const string PasswordReset = "PasswordReset";
    public const string EmailConfirmation = "EmailConfirmation";
    public const string AlreadyRegistered = "AlreadyRegistered";
}

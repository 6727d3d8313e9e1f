namespace FundingPortal.Domain.Accounts;

/// <summary>Why a password is refused; the web UI words each one in French.</summary>
public enum WeakPasswordReason
{
    TooShort,
    TooLong,
    Common,
    ContainsEmail,
}

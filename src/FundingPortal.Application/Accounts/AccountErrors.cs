using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Accounts;

/// <summary>The errors of sign-in and account recovery; the same body whatever the account's state (no enumeration).</summary>
public static class AccountErrors
{
    public static readonly Error InvalidCredentials = Error.Unauthenticated("invalid_credentials", "Wrong e-mail or password.");
    public static readonly Error MissingCredentials = Error.Validation("invalid_credentials", "E-mail and password are required.");
    public static readonly Error MfaRequired = Error.Unauthenticated("mfa_required",
        "This account uses two-factor authentication: send the 6-digit code of the authenticator app as totpCode (or a recovery code as recoveryCode).");
    public static readonly Error InvalidSecondFactor = Error.Unauthenticated("invalid_code", "The authentication code is wrong, expired or already used.");
    public static readonly Error InvalidCode = Error.Field("code", "invalid_code", "The code is wrong or expired: type the 6 digits the authenticator app shows now.");
    public static readonly Error InvalidToken = Error.Validation("invalid_token", "This link is invalid, expired or already used; ask for a new one.");
    public static readonly Error InvalidRefreshToken = Error.Unauthenticated("invalid_refresh_token", "The refresh token is invalid or expired; log in again.");
    public static readonly Error RefreshTokenReused = Error.Unauthenticated("refresh_token_reused",
        "This refresh token was already used: it may have leaked, so every token of its session is revoked. Log in again.");
    public static readonly Error InvalidEmail = Error.Field("email", "invalid_email", "A valid e-mail address is required.");

    /// <summary>Also what is looked up: an address that cannot be valid never reaches the database (no control characters).</summary>
    public static bool IsValidEmail([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? email) =>
        !string.IsNullOrEmpty(email) && email.Length <= 254 && !email.Any(char.IsControl)
        && new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email);
}

using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Abstractions;

public sealed record AccountSecurityStatus(bool EmailConfirmed, bool MfaEnabled);

public sealed record PasswordReset(string? Email, string? Token, string? NewPassword);

public sealed record MfaSetup(string Secret, string OtpauthUri);

/// <summary>
/// The account's own security, kept by ASP.NET Core Identity: the e-mailed links that confirm the address or reset
/// the password, and the second factor. Like <see cref="IUserDirectory"/>, it speaks in what the callers need, not in
/// Identity's types (ADR 0012).
/// </summary>
public interface IAccountSecurity
{
    Task<AccountSecurityStatus?> StatusAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The link of the confirmation e-mail: works once, for 48 hours.</summary>
    Task<Result> ConfirmEmailAsync(string? email, string? token, CancellationToken cancellationToken);

    /// <summary>The link of the reset e-mail (once, 1 hour) sets a new password; every session of the account ends.</summary>
    Task<Result> ResetPasswordAsync(PasswordReset request, CancellationToken cancellationToken);

    /// <summary>A new TOTP secret, pending until a code from it enables MFA; with <paramref name="keepPendingSecret"/>, the pending one if any.</summary>
    Task<Result<MfaSetup>> SetUpMfaAsync(Guid userId, bool keepPendingSecret, CancellationToken cancellationToken);

    /// <summary>A code from the pending secret turns MFA on; every other session of the account ends, the caller's own goes on.</summary>
    Task<Result> EnableMfaAsync(Guid userId, string? code, CancellationToken cancellationToken);

    /// <summary>Ten new single-use recovery codes, shown this once; the previous ones stop working.</summary>
    Task<Result<IReadOnlyList<string>>> NewRecoveryCodesAsync(Guid userId, CancellationToken cancellationToken);
}

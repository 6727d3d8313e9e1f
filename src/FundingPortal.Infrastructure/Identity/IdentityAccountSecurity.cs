using System.Security.Claims;
using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using FundingPortal.Infrastructure.Identity.Accounts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace FundingPortal.Infrastructure.Identity;

/// <summary>The account's own security for both hosts, over the Identity use cases of <c>Identity/Accounts</c>.</summary>
internal sealed class IdentityAccountSecurity(
    UserManager<AppUser> users,
    ConfirmEmail confirmEmail,
    ResetPassword resetPassword,
    SetUpMfa setUpMfa,
    EnableMfa enableMfa,
    GenerateRecoveryCodes recoveryCodes,
    IHttpContextAccessor http) : IAccountSecurity
{
    public async Task<AccountSecurityStatus?> StatusAsync(Guid userId, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(userId.ToString()) is { } user ? new AccountSecurityStatus(user.EmailConfirmed, user.TwoFactorEnabled) : null;

    public Task<Result> ConfirmEmailAsync(string? email, string? token, CancellationToken cancellationToken) =>
        confirmEmail.Handle(email, token, cancellationToken);

    public Task<Result> ResetPasswordAsync(PasswordReset request, CancellationToken cancellationToken) => resetPassword.Handle(request, cancellationToken);

    public async Task<Result<MfaSetup>> SetUpMfaAsync(Guid userId, bool keepPendingSecret, CancellationToken cancellationToken)
    {
        // The set-up page shows the same QR code on every visit until it is used.
        if (keepPendingSecret && await users.FindByIdAsync(userId.ToString()) is { TwoFactorEnabled: false, TotpSecret: { } pending, Email: { } email })
        {
            return new MfaSetup(pending, Totp.OtpAuthUri(pending, email));
        }

        return await setUpMfa.Handle(userId, cancellationToken);
    }

    public Task<Result> EnableMfaAsync(Guid userId, string? code, CancellationToken cancellationToken)
    {
        var session = Guid.TryParse(http.HttpContext?.User.FindFirstValue(UserSession.SessionClaim), out var id) ? id : (Guid?)null;
        return enableMfa.Handle(userId, session, code, cancellationToken);
    }

    public Task<Result<IReadOnlyList<string>>> NewRecoveryCodesAsync(Guid userId, CancellationToken cancellationToken) =>
        recoveryCodes.Handle(userId, cancellationToken);
}

using FundingPortal.Application.Accounts;
using FundingPortal.Domain.Common;

namespace FundingPortal.Infrastructure.Identity.Accounts;

public sealed record PasswordSignIn(string? Email, string? Password, string? TotpCode = null, string? RecoveryCode = null);

/// <summary>POST /api/auth/login: e-mail and password, then the second factor when the account has one; opens an API session.</summary>
public sealed class SignInWithPassword(CheckPassword passwords, VerifySecondFactor secondFactor, AccountSessions sessions)
{
    public async Task<Result<TokenResponse>> Handle(PasswordSignIn request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
        {
            return AccountErrors.MissingCredentials;
        }

        if (await passwords.Handle(request.Email, request.Password) is not { } user)
        {
            return AccountErrors.InvalidCredentials;
        }

        if (user.TwoFactorEnabled)
        {
            if (string.IsNullOrWhiteSpace(request.TotpCode) && string.IsNullOrWhiteSpace(request.RecoveryCode))
            {
                return AccountErrors.MfaRequired;
            }

            if (!await secondFactor.Handle(user, request.TotpCode, request.RecoveryCode, ct))
            {
                return AccountErrors.InvalidSecondFactor;
            }
        }

        return await sessions.StartApiAsync(user, ct);
    }
}

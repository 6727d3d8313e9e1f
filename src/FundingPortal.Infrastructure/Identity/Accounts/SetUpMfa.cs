using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace FundingPortal.Infrastructure.Identity.Accounts;

/// <summary>POST /api/auth/mfa/setup: a new TOTP secret, pending until a code from it enables MFA (calling again replaces it).</summary>
public sealed class SetUpMfa(UserManager<AppUser> users)
{
    public static readonly Error AlreadyEnabled = Error.Conflict("mfa_already_enabled", "Two-factor authentication is already enabled on this account.");

    public async Task<Result<MfaSetup>> Handle(Guid userId, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return Error.NotFound("Account");
        }

        if (user.TwoFactorEnabled)
        {
            return AlreadyEnabled;
        }

        user.TotpSecret = Totp.NewSecret();
        var saved = await users.UpdateAsync(user);
        return saved.Succeeded
            ? new MfaSetup(user.TotpSecret, Totp.OtpAuthUri(user.TotpSecret, user.Email!))
            : Error.Conflict(ConcurrencyErrors.ConcurrentUpdateCode, "The account was changed at the same time; try again.");
    }
}

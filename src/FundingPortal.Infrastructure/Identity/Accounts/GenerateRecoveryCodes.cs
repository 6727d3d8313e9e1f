using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Infrastructure.Identity.Accounts;

/// <summary>Ten new single-use recovery codes, shown this once; the previous ones stop working.</summary>
public sealed class GenerateRecoveryCodes(AppDbContext db, UserManager<AppUser> users, ITransactionRunner transactions, TimeProvider clock)
{
    public static readonly Error MfaNotEnabled = Error.Conflict("mfa_not_enabled", "Enable two-factor authentication first.");

    public async Task<Result<IReadOnlyList<string>>> Handle(Guid userId, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return Error.NotFound("Account");
        }

        if (!user.TwoFactorEnabled)
        {
            return MfaNotEnabled;
        }

        var codes = Enumerable.Range(0, RecoveryCodes.Count).Select(_ => RecoveryCodes.New()).ToList();
        var now = clock.GetUtcNow();
        var hashed = codes.Select(code => RecoveryCode.Create(userId, users.PasswordHasher.HashPassword(user, RecoveryCodes.Normalise(code)!), now)).ToList();
        await transactions.RunAsync(async token =>
        {
            await db.RecoveryCodes.Where(c => c.UserId == userId).ExecuteDeleteAsync(token);
            db.RecoveryCodes.AddRange(hashed);
            return hashed.Count;
        }, ct);
        return codes;
    }
}

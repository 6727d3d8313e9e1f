using FundingPortal.Application.Accounts;
using Microsoft.AspNetCore.Identity;

namespace FundingPortal.Infrastructure.Identity.Accounts;

/// <summary>
/// Checks an e-mail and password without telling an outsider which of them was wrong, nor that the account exists or
/// is locked: an unknown address still costs one password hash, a locked account still verifies the password, and all
/// of them answer "no" (null). Failures count towards the lockout (10 in a row: 5 minutes).
/// </summary>
public sealed class CheckPassword(UserManager<AppUser> users)
{
    private static readonly AppUser Nobody = new() { Id = Guid.Empty };
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<AppUser>().HashPassword(Nobody, Guid.NewGuid().ToString()));

    public async Task<AppUser?> Handle(string? email, string? password)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return null;
        }

        var user = AccountErrors.IsValidEmail(email.Trim()) ? await users.FindByEmailAsync(email.Trim()) : null;
        if (user?.PasswordHash is null)
        {
            // Unknown address, or an account that signs in only with single sign-on: the same work as a real check.
            users.PasswordHasher.VerifyHashedPassword(Nobody, DummyHash.Value, password);
            return null;
        }

        if (await users.IsLockedOutAsync(user))
        {
            users.PasswordHasher.VerifyHashedPassword(user, user.PasswordHash, password);
            return null;
        }

        if (!await users.CheckPasswordAsync(user, password))
        {
            await users.AccessFailedAsync(user);
            return null;
        }

        if (user.AccessFailedCount > 0)
        {
            await users.ResetAccessFailedCountAsync(user);
        }

        return user;
    }
}

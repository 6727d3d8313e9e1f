using FundingPortal.Application.Accounts;
using FundingPortal.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace FundingPortal.Infrastructure.Identity.Accounts;

public sealed record ExternalIdentity(string Provider, string ProviderDisplayName, string Subject, string? Email, bool EmailVerified);

/// <summary>
/// Single sign-on (OpenID Connect, e.g. ProConnect). An identity already linked signs in as its account. A first
/// sign-in is linked to the account with the same e-mail address, but only when the provider says it verified that
/// address; with no account yet, one is created (confirmed, no password, no role: like a fresh sign-up).
/// </summary>
public sealed class SignInWithExternalAccount(UserManager<AppUser> users, TimeProvider clock)
{
    public static readonly Error EmailNotVerified = Error.Forbidden(
        "The identity provider did not say that this e-mail address is verified: it cannot be linked to an account.") with { Code = "email_not_verified" };

    public async Task<Result<AppUser>> Handle(ExternalIdentity identity, CancellationToken ct)
    {
        if (await users.FindByLoginAsync(identity.Provider, identity.Subject) is { } linked)
        {
            return linked;
        }

        var email = identity.Email?.Trim();
        if (!identity.EmailVerified || !AccountErrors.IsValidEmail(email))
        {
            return EmailNotVerified;
        }

        var user = await users.FindByEmailAsync(email!);
        if (user is null)
        {
            user = new AppUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, CreatedAt = clock.GetUtcNow() };
            Ensure(await users.CreateAsync(user));
        }
        else if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            Ensure(await users.UpdateAsync(user));
        }

        Ensure(await users.AddLoginAsync(user, new UserLoginInfo(identity.Provider, identity.Subject, identity.ProviderDisplayName)));
        return user;
    }

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Single sign-on could not link the account: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}

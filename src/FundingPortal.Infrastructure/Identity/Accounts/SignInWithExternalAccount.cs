using FundingPortal.Application.Accounts;
using FundingPortal.Domain.Common;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Infrastructure.Identity.Accounts;

public sealed record ExternalIdentity(string Provider, string ProviderDisplayName, string Subject, string? Email, bool EmailVerified);

/// <summary>
/// Single sign-on (OpenID Connect, e.g. ProConnect). An identity already linked signs in as its account. A first
/// sign-in is linked to the account with the same e-mail address, but only when the provider says it verified that
/// address; with no account yet, one is created (confirmed, no password, no role: like a fresh sign-up). Two first
/// sign-ins of one person at once (two tabs, a double click on the provider's button) race to create and link the same
/// account: the loser of either race finds the winner's account or link and signs in with it, never a 500.
/// </summary>
public sealed class SignInWithExternalAccount(UserManager<AppUser> users, AppDbContext db, TimeProvider clock)
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
            var created = new AppUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, CreatedAt = clock.GetUtcNow() };
            user = await Created(created) ? created : await users.FindByEmailAsync(email!) ?? throw Failed("the account was neither created nor found");
        }
        else if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            Ensure(await users.UpdateAsync(user));
        }

        if (await Linked(user, identity))
        {
            return user;
        }

        // Another sign-in of the same identity linked it first: that link is the one to sign in with.
        return await users.FindByLoginAsync(identity.Provider, identity.Subject) ?? throw Failed("the identity was neither linked nor found");
    }

    private async Task<bool> Created(AppUser user)
    {
        try
        {
            var result = await users.CreateAsync(user);
            return result.Succeeded || (result.Errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateEmail") ? false : throw Failed(result));
        }
        catch (DbUpdateException)
        {
            // The unique user name (the address) refused the second insert: forget it, the first one stands.
            db.ChangeTracker.Clear();
            if (await users.FindByEmailAsync(user.Email!) is null)
            {
                throw;
            }

            return false;
        }
    }

    private async Task<bool> Linked(AppUser user, ExternalIdentity identity)
    {
        try
        {
            var result = await users.AddLoginAsync(user, new UserLoginInfo(identity.Provider, identity.Subject, identity.ProviderDisplayName));
            return result.Succeeded || (result.Errors.Any(e => e.Code == "LoginAlreadyAssociated") ? false : throw Failed(result));
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await users.FindByLoginAsync(identity.Provider, identity.Subject) is null)
            {
                throw;
            }

            return false;
        }
    }

    private static InvalidOperationException Failed(IdentityResult result) => Failed(string.Join("; ", result.Errors.Select(e => e.Code)));

    private static InvalidOperationException Failed(string why) => new("Single sign-on could not link the account: " + why);

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw Failed(result);
        }
    }
}

using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace FundingPortal.Infrastructure.Identity;

public sealed class IdentityAccountCreator(UserManager<AppUser> users) : IAccountCreator
{
    public async Task<Result<AccountCreation>> CreateAccountAsync(Guid userId, string email, string password, DateTimeOffset now, CancellationToken ct)
    {
        var user = new AppUser { Id = userId, UserName = email, Email = email, CreatedAt = now };
        if (await users.FindByEmailAsync(email) is not null)
        {
            users.PasswordHasher.HashPassword(user, password);
            return AccountCreation.AddressTaken;
        }

        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            var refusals = created.Errors.Select(e => e.Description).ToArray();
            return Error.Validation("invalid_account", string.Join(" ", refusals), new Dictionary<string, string[]> { ["email"] = refusals });
        }

        return AccountCreation.Created;
    }
}

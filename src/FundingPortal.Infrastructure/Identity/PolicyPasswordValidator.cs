using FundingPortal.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace FundingPortal.Infrastructure.Identity;

/// <summary>The password policy wherever Identity sets a password (sign-up, bootstrap manager, demo accounts).</summary>
public sealed class PolicyPasswordValidator : IPasswordValidator<AppUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        var result = PasswordPolicy.Check(password, user.Email);
        return Task.FromResult(result.IsSuccess
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = PasswordPolicy.Code, Description = result.Error!.Message }));
    }
}

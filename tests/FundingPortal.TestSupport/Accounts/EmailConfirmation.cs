using FundingPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.TestSupport.Accounts;

/// <summary>
/// Confirms an account's e-mail address as its confirmation link would (Identity's token, then ConfirmEmailAsync),
/// inside the host under test. The one place arrange steps confirm accounts.
/// </summary>
public static class EmailConfirmation
{
    public static async Task ConfirmAsync(IServiceProvider services, string email)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account uses {email}.");
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var confirmed = await users.ConfirmEmailAsync(user, token);
        if (!confirmed.Succeeded)
        {
            throw new InvalidOperationException($"{email} could not be confirmed: {string.Join("; ", confirmed.Errors.Select(e => e.Description))}");
        }
    }
}

using FundingPortal.Application.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Infrastructure.Identity.Accounts;

/// <summary>The account use cases: sign-in, sessions and tokens, recovery by e-mail, MFA, single sign-on.</summary>
public static class AccountSecurityRegistration
{
    public static IServiceCollection AddAccountSecurity(this IServiceCollection services)
    {
        services.AddSingleton<SessionValidityCache>();
        services.AddScoped<AccountSessions>();
        services.AddScoped<CheckPassword>();
        services.AddScoped<VerifySecondFactor>();
        services.AddScoped<SignInWithPassword>();
        services.AddScoped<RefreshSession>();
        services.AddScoped<LogOut>();
        services.AddScoped<SendAccountEmail>();
        services.AddScoped<ResetPassword>();
        services.AddScoped<ConfirmEmail>();
        services.AddScoped<SetUpMfa>();
        services.AddScoped<EnableMfa>();
        services.AddScoped<GenerateRecoveryCodes>();
        services.AddScoped<SignInWithExternalAccount>();
        services.AddScoped<ISignIn, IdentitySignIn>();
        services.AddScoped<IAccountSecurity, IdentityAccountSecurity>();
        return services;
    }
}

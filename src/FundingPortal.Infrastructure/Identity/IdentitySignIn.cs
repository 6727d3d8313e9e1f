using System.Security.Claims;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Accounts;
using FundingPortal.Infrastructure.Identity.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;

namespace FundingPortal.Infrastructure.Identity;

/// <summary>
/// The web UI's side of signing in: a session row for every cookie (so that signing out ends it on the server too),
/// and, for an account with MFA, a five-minute cookie that only says "password checked, second factor pending".
/// </summary>
internal sealed class IdentitySignIn(
    IHttpContextAccessor http,
    CheckPassword passwords,
    VerifySecondFactor secondFactor,
    SignInWithExternalAccount externalAccounts,
    AccountSessions sessions,
    LogOut logOut,
    UserManager<AppUser> users,
    IConfiguration configuration) : ISignIn
{
    private const string PendingUserClaim = "fp.mfa-pending-user";

    private HttpContext Http => http.HttpContext ?? throw new InvalidOperationException("Signing in needs an HTTP request.");

    public async Task<SignInOutcome> PasswordSignInAsync(string? email, string? password, CancellationToken cancellationToken) =>
        await passwords.Handle(email, password) is { } user ? await SignInOrAskSecondFactorAsync(user, cancellationToken) : SignInOutcome.Refused;

    public async Task<bool> SecondFactorPendingAsync() => await PendingSecondFactorAsync() is not null;

    public async Task<SignInOutcome> SecondFactorSignInAsync(string? totpCode, string? recoveryCode, CancellationToken cancellationToken)
    {
        if (await PendingSecondFactorAsync() is not { } user)
        {
            return SignInOutcome.Expired;
        }

        if (!await secondFactor.Handle(user, totpCode, recoveryCode, cancellationToken))
        {
            return SignInOutcome.Refused;
        }

        await SignInAsync(user, cancellationToken);
        return SignInOutcome.SignedIn;
    }

    public async Task<SignInOutcome> ExternalSignInAsync(string providerDisplayName, CancellationToken cancellationToken)
    {
        var external = await Http.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await Http.SignOutAsync(IdentityConstants.ExternalScheme);
        if (external.Principal?.FindFirstValue(ExternalSignIn.SubjectClaim) is not { Length: > 0 } subject)
        {
            return SignInOutcome.Expired;
        }

        var identity = new ExternalIdentity(ExternalSignIn.Scheme, providerDisplayName, subject, external.Principal.FindFirstValue(ExternalSignIn.EmailClaim),
            EmailVerified(external.Principal.FindFirstValue(ExternalSignIn.EmailVerifiedClaim)));
        var user = await externalAccounts.Handle(identity, cancellationToken);
        return user.IsSuccess ? await SignInOrAskSecondFactorAsync(user.Value, cancellationToken) : SignInOutcome.Refused;
    }

    public async Task SignOutAsync(bool everywhere, CancellationToken cancellationToken)
    {
        var principal = Http.User;
        if (Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            var session = Guid.TryParse(principal.FindFirstValue(UserSession.SessionClaim), out var id) ? id : (Guid?)null;
            await logOut.Handle(new LogOutRequest(userId, session, null, everywhere), cancellationToken);
        }

        await Http.SignOutAsync(IdentityConstants.ApplicationScheme);
        await Http.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
    }

    private async Task<SignInOutcome> SignInOrAskSecondFactorAsync(AppUser user, CancellationToken cancellationToken)
    {
        if (user.TwoFactorEnabled)
        {
            var pending = new ClaimsIdentity([new Claim(PendingUserClaim, user.Id.ToString())], IdentityConstants.TwoFactorUserIdScheme);
            await Http.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(pending));
            return SignInOutcome.SecondFactorRequired;
        }

        await SignInAsync(user, cancellationToken);
        return SignInOutcome.SignedIn;
    }

    private async Task SignInAsync(AppUser user, CancellationToken cancellationToken)
    {
        var principal = await sessions.StartWebAsync(user, cancellationToken);
        await Http.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await Http.SignInAsync(IdentityConstants.ApplicationScheme, principal, new AuthenticationProperties { IsPersistent = false });
    }

    /// <summary>The account whose password was checked a moment ago and which still owes its second factor.</summary>
    private async Task<AppUser?> PendingSecondFactorAsync()
    {
        var result = await Http.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        return result.Principal?.FindFirstValue(PendingUserClaim) is { } id ? await users.FindByIdAsync(id) : null;
    }

    /// <summary>
    /// "email_verified": true is required. A provider that vouches for every address without sending the claim can be
    /// trusted explicitly with Authentication:Oidc:EmailVerifiedByProvider (false is still refused).
    /// </summary>
    private bool EmailVerified(string? claim) =>
        claim is null
            ? configuration.GetValue($"{ExternalSignIn.Section}:EmailVerifiedByProvider", false)
            : bool.TryParse(claim, out var verified) && verified;
}

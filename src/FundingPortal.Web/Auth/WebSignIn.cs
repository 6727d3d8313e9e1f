using System.Security.Claims;
using FundingPortal.Infrastructure.Identity;
using FundingPortal.Infrastructure.Identity.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace FundingPortal.Web.Auth;

/// <summary>
/// The web UI's side of signing in: a session row for every cookie (so that signing out ends it on the server too),
/// and, for an account with MFA, a five-minute cookie that only says "password checked, second factor pending".
/// </summary>
public sealed class WebSignIn(AccountSessions sessions, LogOut logOut, UserManager<AppUser> users)
{
    private const string PendingUserClaim = "fp.mfa-pending-user";

    /// <summary>Signs the account in now, or, when it has MFA, sends the caller to the second step (returns false).</summary>
    public async Task<bool> SignInOrAskSecondFactorAsync(HttpContext http, AppUser user, CancellationToken ct)
    {
        if (user.TwoFactorEnabled)
        {
            var pending = new ClaimsIdentity([new Claim(PendingUserClaim, user.Id.ToString())], IdentityConstants.TwoFactorUserIdScheme);
            await http.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(pending));
            return false;
        }

        await SignInAsync(http, user, ct);
        return true;
    }

    public async Task SignInAsync(HttpContext http, AppUser user, CancellationToken ct)
    {
        var principal = await sessions.StartWebAsync(user, ct);
        await http.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await http.SignInAsync(IdentityConstants.ApplicationScheme, principal, new AuthenticationProperties { IsPersistent = false });
    }

    /// <summary>The account whose password was checked a moment ago and which still owes its second factor.</summary>
    public async Task<AppUser?> PendingSecondFactorAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        return result.Principal?.FindFirstValue(PendingUserClaim) is { } id ? await users.FindByIdAsync(id) : null;
    }

    /// <summary>Ends the cookie's session on the server, then deletes the cookie.</summary>
    public async Task SignOutAsync(HttpContext http, bool everywhere, CancellationToken ct)
    {
        var principal = http.User;
        if (Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            var session = Guid.TryParse(principal.FindFirstValue(UserSession.SessionClaim), out var id) ? id : (Guid?)null;
            await logOut.Handle(new LogOutRequest(userId, session, null, everywhere), ct);
        }

        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        await http.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
    }
}

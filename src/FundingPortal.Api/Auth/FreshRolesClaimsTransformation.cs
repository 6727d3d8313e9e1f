using System.Security.Claims;
using FundingPortal.Infrastructure.Identity;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FundingPortal.Api.Auth;

/// <summary>
/// Replaces the roles frozen in a token or cookie by the user's current roles and memberships, and drops the
/// authentication of a token or cookie whose session was revoked (sign-out) or whose security stamp is no longer the
/// account's (password reset, sign-out everywhere). Both come from short-lived caches: see
/// <see cref="UserContextCache"/> and <see cref="SessionValidityCache"/>.
/// </summary>
internal sealed class FreshRolesClaimsTransformation(UserContextCache cache, SessionValidityCache sessions, AppDbContext db,
    IHttpContextAccessor http, IOptions<IdentityOptions> identity) : IClaimsTransformation
{
    public const string ItemKey = "fp.user-context";

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true
            || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            || principal.HasClaim(c => c.Type == ItemKey))
        {
            return principal;
        }

        var ct = http.HttpContext?.RequestAborted ?? default;
        var context = await cache.GetAsync(userId, db, ct);
        if (context is null || !await StillValid(principal, context, userId, ct))
        {
            // Deleted account, revoked session or changed security stamp: the token or cookie is anonymous now.
            return new ClaimsPrincipal(new ClaimsIdentity());
        }

        var identityWithRoles = new ClaimsIdentity(principal.Claims.Where(c => c.Type != ClaimTypes.Role), principal.Identity.AuthenticationType,
            ClaimTypes.Name, ClaimTypes.Role);
        identityWithRoles.AddClaims(context.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        identityWithRoles.AddClaim(new Claim(ItemKey, "1"));
        if (http.HttpContext is { } httpContext)
        {
            httpContext.Items[ItemKey] = context;
        }

        return new ClaimsPrincipal(identityWithRoles);
    }

    // An API token was checked by its handler a moment ago (expiry, revocation); it has no session nor stamp of its own.
    private async Task<bool> StillValid(ClaimsPrincipal principal, UserContext context, Guid userId, CancellationToken ct) =>
        principal.HasClaim(c => c.Type == ApiTokenHandler.TokenClaim)
        || (principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType) == context.SecurityStamp
            && Guid.TryParse(principal.FindFirstValue(UserSession.SessionClaim), out var sessionId)
            && await sessions.IsActiveAsync(sessionId, userId, db, ct));
}

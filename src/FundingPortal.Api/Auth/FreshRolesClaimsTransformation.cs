using System.Security.Claims;
using FundingPortal.Infrastructure.Identity;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;

namespace FundingPortal.Api.Auth;

/// <summary>Replaces the roles frozen in a token or cookie by the user's current roles and memberships.</summary>
internal sealed class FreshRolesClaimsTransformation(UserContextCache cache, AppDbContext db, IHttpContextAccessor http) : IClaimsTransformation
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

        var context = await cache.GetAsync(userId, db, http.HttpContext?.RequestAborted ?? default);
        if (context is null)
        {
            // The account was deleted: treat the token as anonymous.
            return new ClaimsPrincipal(new ClaimsIdentity());
        }

        var identity = new ClaimsIdentity(principal.Claims.Where(c => c.Type != ClaimTypes.Role), principal.Identity.AuthenticationType,
            ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaims(context.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        identity.AddClaim(new Claim(ItemKey, "1"));
        if (http.HttpContext is { } httpContext)
        {
            httpContext.Items[ItemKey] = context;
        }

        return new ClaimsPrincipal(identity);
    }
}

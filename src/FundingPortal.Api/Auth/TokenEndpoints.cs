using Microsoft.AspNetCore.Mvc;
using System.Security.Claims;
using FundingPortal.Api.Http;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Infrastructure.Identity;
using FundingPortal.Infrastructure.Identity.Accounts;

namespace FundingPortal.Api.Auth;

public sealed record LoginRequest(string? Email, string? Password, string? TotpCode, string? RecoveryCode);

public sealed record RefreshRequest(string? RefreshToken);

public sealed record LogoutRequest(string? RefreshToken, bool? Everywhere);

/// <summary>
/// The API's bearer tokens: sign-in, rotation, sign-out. Like the rest of the host's authentication (AuthSetup, the
/// bearer-or-cookie handler), they are Identity's mechanics, so they live here, the only host folder that sees Identity;
/// the account use cases are in Endpoints/Accounts.
/// </summary>
public static class TokenEndpoints
{
    public static void MapTokenEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Accounts").RequireRateLimiting(RateLimitPolicies.Auth)
            .WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized, typeof(ProblemDetails), ["application/problem+json"]));

        auth.MapPost("/login", async (LoginRequest request, SignInWithPassword handler, CancellationToken ct) =>
            (await handler.Handle(new PasswordSignIn(request.Email, request.Password, request.TotpCode, request.RecoveryCode), ct)).ToResult())
            .AllowAnonymous();

        auth.MapPost("/refresh", async (RefreshRequest request, RefreshSession handler, CancellationToken ct) =>
            (await handler.Handle(request.RefreshToken, ct)).ToResult()).AllowAnonymous();

        auth.MapPost("/logout", async (LogoutRequest? request, ICurrentUser me, ClaimsPrincipal principal, LogOut handler, CancellationToken ct) =>
            (await handler.Handle(new LogOutRequest(me.UserId, SessionOf(principal), request?.RefreshToken, request?.Everywhere == true), ct))
            .ToResult(TypedResults.NoContent)).RequireAuthorization();
    }

    private static Guid? SessionOf(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(UserSession.SessionClaim), out var id) ? id : null;
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Http.HttpResults;
using System.Security.Claims;
using FundingPortal.Api.Http;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Infrastructure.Identity;
using FundingPortal.Infrastructure.Identity.Accounts;

namespace FundingPortal.Api.Endpoints.Accounts;

public sealed record CredentialsRequest(string? Email, string? Password);

public sealed record LoginRequest(string? Email, string? Password, string? TotpCode, string? RecoveryCode);

public sealed record RefreshRequest(string? RefreshToken);

public sealed record LogoutRequest(string? RefreshToken, bool? Everywhere);

public sealed record EmailRequest(string? Email);

public sealed record ResetPasswordRequest(string? Email, string? Token, string? NewPassword);

public sealed record ConfirmEmailRequest(string? Email, string? Token);

public sealed record MfaCodeRequest(string? Code);

public sealed record RecoveryCodesResponse(IReadOnlyList<string> RecoveryCodes);

public static class AuthEndpoints
{
    public const string AuthRateLimit = RateLimitPolicies.Auth;

    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Accounts").RequireRateLimiting(AuthRateLimit)
            .WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized, typeof(ProblemDetails), ["application/problem+json"]));

        auth.MapPost("/register", async (CredentialsRequest request, RegisterAccount handler, CancellationToken ct) =>
            (await handler.Handle(request.Email, request.Password, ct)).ToResult()).AllowAnonymous();

        auth.MapPost("/login", async (LoginRequest request, SignInWithPassword handler, CancellationToken ct) =>
            (await handler.Handle(new PasswordSignIn(request.Email, request.Password, request.TotpCode, request.RecoveryCode), ct)).ToResult())
            .AllowAnonymous().Produces<TokenResponse>();

        auth.MapPost("/refresh", async (RefreshRequest request, RefreshSession handler, CancellationToken ct) =>
            (await handler.Handle(request.RefreshToken, ct)).ToResult()).AllowAnonymous().Produces<TokenResponse>();

        auth.MapPost("/logout", async (LogoutRequest? request, ICurrentUser me, ClaimsPrincipal principal, LogOut handler, CancellationToken ct) =>
            (await handler.Handle(new LogOutRequest(me.UserId, SessionOf(principal), request?.RefreshToken, request?.Everywhere == true), ct))
            .ToResult(TypedResults.NoContent)).RequireAuthorization();

        auth.MapPost("/password/forgot", async (EmailRequest request, RequestAccountEmail handler, CancellationToken ct) =>
            (await handler.Handle(AccountEmailPurpose.PasswordReset, request.Email, ct)).ToResult(Accepted)).AllowAnonymous();

        auth.MapPost("/password/reset", async (ResetPasswordRequest request, ResetPassword handler, CancellationToken ct) =>
            (await handler.Handle(new PasswordReset(request.Email, request.Token, request.NewPassword), ct)).ToResult(TypedResults.NoContent))
            .AllowAnonymous();

        auth.MapPost("/confirmation", async (ConfirmEmailRequest request, ConfirmEmail handler, CancellationToken ct) =>
            (await handler.Handle(request.Email, request.Token, ct)).ToResult(TypedResults.NoContent)).AllowAnonymous();

        auth.MapPost("/confirmation/resend", async (EmailRequest? request, ICurrentUser me, RequestAccountEmail handler, CancellationToken ct) =>
            (await handler.Handle(AccountEmailPurpose.EmailConfirmation, string.IsNullOrWhiteSpace(request?.Email) ? me.Email : request.Email, ct))
            .ToResult(Accepted)).AllowAnonymous();

        var mfa = auth.MapGroup("/mfa").RequireAuthorization();
        mfa.MapPost("/setup", async (ICurrentUser me, SetUpMfa handler, CancellationToken ct) => (await handler.Handle(me.UserId, ct)).ToResult());
        mfa.MapPost("/enable", async (MfaCodeRequest request, ICurrentUser me, ClaimsPrincipal principal, EnableMfa handler, CancellationToken ct) =>
            (await handler.Handle(me.UserId, SessionOf(principal), request.Code, ct)).ToResult(TypedResults.NoContent));
        mfa.MapPost("/recovery-codes", async (ICurrentUser me, GenerateRecoveryCodes handler, CancellationToken ct) =>
            (await handler.Handle(me.UserId, ct)).ToResult(codes => TypedResults.Ok(new RecoveryCodesResponse(codes))));
    }

    private static Accepted Accepted() => TypedResults.Accepted((string?)null);

    private static Guid? SessionOf(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(UserSession.SessionClaim), out var id) ? id : null;
}

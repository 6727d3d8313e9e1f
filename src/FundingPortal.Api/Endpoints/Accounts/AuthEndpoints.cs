using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using FundingPortal.Api.Http;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Accounts;
using FundingPortal.Application.Accounts.RegisterAccount;
using FundingPortal.Application.Accounts.RequestAccountEmail;
using FundingPortal.Application.Common;

namespace FundingPortal.Api.Endpoints.Accounts;

/// <summary>Sign-up: <c>language</c> ("fr" or "en", optional) becomes the new account's setting, its e-mails' language from the first one.</summary>
public sealed record CredentialsRequest(string? Email, string? Password, string? Language = null);

public sealed record EmailRequest(string? Email);

public sealed record ResetPasswordRequest(string? Email, string? Token, string? NewPassword);

public sealed record ConfirmEmailRequest(string? Email, string? Token);

public sealed record MfaCodeRequest(string? Code);

public sealed record RecoveryCodesResponse(IReadOnlyList<string> RecoveryCodes);

/// <summary>The account use cases over HTTP: sign-up, the e-mailed links, the second factor. Tokens are Auth/TokenEndpoints'.</summary>
public static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Accounts").RequireRateLimiting(RateLimitPolicies.Auth)
            .WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized, typeof(ProblemDetails), ["application/problem+json"]));

        auth.MapPost("/register", async (CredentialsRequest request, RegisterAccount handler, CancellationToken ct) =>
            (await handler.Handle(request.Email, request.Password, request.Language, ct)).ToResult()).AllowAnonymous();

        auth.MapPost("/password/forgot", async (EmailRequest request, RequestAccountEmail handler, CancellationToken ct) =>
            (await handler.Handle(AccountEmailPurpose.PasswordReset, request.Email, ct)).ToResult(Accepted)).AllowAnonymous();

        auth.MapPost("/password/reset", async (ResetPasswordRequest request, IAccountSecurity accounts, CancellationToken ct) =>
            (await accounts.ResetPasswordAsync(new PasswordReset(request.Email, request.Token, request.NewPassword), ct)).ToResult(TypedResults.NoContent))
            .AllowAnonymous();

        auth.MapPost("/confirmation", async (ConfirmEmailRequest request, IAccountSecurity accounts, CancellationToken ct) =>
            (await accounts.ConfirmEmailAsync(request.Email, request.Token, ct)).ToResult(TypedResults.NoContent)).AllowAnonymous();

        auth.MapPost("/confirmation/resend", async (EmailRequest? request, ICurrentUser me, RequestAccountEmail handler, CancellationToken ct) =>
            (await handler.Handle(AccountEmailPurpose.EmailConfirmation, string.IsNullOrWhiteSpace(request?.Email) ? me.Email : request.Email, ct))
            .ToResult(Accepted)).AllowAnonymous();

        var mfa = auth.MapGroup("/mfa").RequireAuthorization();
        mfa.MapPost("/setup", async (ICurrentUser me, IAccountSecurity accounts, CancellationToken ct) =>
            (await accounts.SetUpMfaAsync(me.UserId, keepPendingSecret: false, ct)).ToResult());
        mfa.MapPost("/enable", async (MfaCodeRequest request, ICurrentUser me, IAccountSecurity accounts, CancellationToken ct) =>
            (await accounts.EnableMfaAsync(me.UserId, request.Code, ct)).ToResult(TypedResults.NoContent));
        mfa.MapPost("/recovery-codes", async (ICurrentUser me, IAccountSecurity accounts, CancellationToken ct) =>
            (await accounts.NewRecoveryCodesAsync(me.UserId, ct)).ToResult(codes => TypedResults.Ok(new RecoveryCodesResponse(codes))));
    }

    private static Accepted Accepted() => TypedResults.Accepted((string?)null);
}

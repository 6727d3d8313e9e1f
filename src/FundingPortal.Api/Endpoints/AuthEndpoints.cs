using System.ComponentModel.DataAnnotations;
using FundingPortal.Api.Http;
using FundingPortal.Domain.Common;
using FundingPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FundingPortal.Api.Endpoints;

public sealed record CredentialsRequest(string? Email, string? Password);

public sealed record RefreshRequest(string? RefreshToken);

public static class AuthEndpoints
{
    public const string AuthRateLimit = "auth";

    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Accounts").RequireRateLimiting(AuthRateLimit);
        auth.MapPost("/register", Register).AllowAnonymous();
        auth.MapPost("/login", Login).AllowAnonymous();
        auth.MapPost("/refresh", Refresh).AllowAnonymous();
    }

    private static async Task<IResult> Register(CredentialsRequest request, UserManager<AppUser> users, TimeProvider clock)
    {
        var email = request.Email?.Trim();
        if (string.IsNullOrEmpty(email) || email.Length > 254 || !new EmailAddressAttribute().IsValid(email))
        {
            return Error.Field("email", "invalid_email", "A valid e-mail address is required.").ToProblem();
        }

        if (string.IsNullOrEmpty(request.Password) || request.Password.Length > 200)
        {
            return Error.Field("password", "invalid_password", "A password of 10 to 200 characters is required.").ToProblem();
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            return Error.Conflict("email_taken", "An account already uses this e-mail address.").ToProblem();
        }

        var user = new AppUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, CreatedAt = clock.GetUtcNow() };
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            var messages = created.Errors.Select(e => e.Description).ToArray();
            var onPassword = created.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal));
            return Error.Validation(onPassword ? "invalid_password" : "invalid_account", string.Join(" ", messages),
                new Dictionary<string, string[]> { [onPassword ? "password" : "email"] = messages }).ToProblem();
        }

        return TypedResults.Ok(new { userId = user.Id, email });
    }

    private static async Task<IResult> Login(CredentialsRequest request, SignInManager<AppUser> signIn)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
        {
            return Error.Validation("invalid_credentials", "E-mail and password are required.").ToProblem();
        }

        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.Email.Trim(), request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return Problem(StatusCodes.Status429TooManyRequests, "account_locked", "Too many failed attempts; the account is locked for a few minutes.");
        }

        // The bearer handler has already written {tokenType, accessToken, expiresIn, refreshToken}.
        return result.Succeeded ? TypedResults.Empty : Problem(StatusCodes.Status401Unauthorized, "invalid_credentials", "Wrong e-mail or password.");
    }

    private static async Task<IResult> Refresh(RefreshRequest request, SignInManager<AppUser> signIn,
        IOptionsMonitor<BearerTokenOptions> options, TimeProvider clock)
    {
        var protector = options.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
        var ticket = string.IsNullOrEmpty(request.RefreshToken) ? null : protector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expiresUtc || clock.GetUtcNow() >= expiresUtc
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
        {
            return Problem(StatusCodes.Status401Unauthorized, "invalid_refresh_token", "The refresh token is invalid or expired; log in again.");
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static IResult Problem(int status, string code, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: ProblemResults.TitleFor(status), extensions: new Dictionary<string, object?> { ["code"] = code });
}

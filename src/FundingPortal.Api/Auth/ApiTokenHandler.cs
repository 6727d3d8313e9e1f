using System.Security.Claims;
using System.Text.Encodings.Web;
using FundingPortal.Application.Accounts.AuthenticateApiToken;
using FundingPortal.Domain.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace FundingPortal.Api.Auth;

/// <summary>
/// Authenticates <c>Authorization: Bearer fpat_…</c> (an API token, api.md "API for integrators") as the token's user,
/// on /api only. The principal carries the token's id and whether it may write; <see cref="ApiTokenScopes"/> enforces
/// that. Tokens are not cookies, so the CSRF check does not concern them.
/// </summary>
internal sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AuthenticateApiToken authenticate)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    public const string TokenClaim = "fp.api-token";
    public const string MayWriteClaim = "fp.api-token.write";

    public static bool Presents(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer " + ApiToken.SecretPrefix, StringComparison.Ordinal);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Presents(Context))
        {
            return AuthenticateResult.NoResult();
        }

        if (!Request.Path.StartsWithSegments("/api"))
        {
            return AuthenticateResult.Fail("API tokens open the API only.");
        }

        var secret = Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        if (await authenticate.Handle(secret, Context.RequestAborted) is not { } token)
        {
            return AuthenticateResult.Fail("Unknown, expired or revoked API token.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, token.UserId.ToString()),
                new Claim(TokenClaim, token.TokenId.ToString()),
                new Claim(MayWriteClaim, token.MayWrite ? "true" : "false"),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}

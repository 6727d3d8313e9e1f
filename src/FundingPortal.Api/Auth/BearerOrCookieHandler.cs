using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FundingPortal.Api.Auth;

/// <summary>
/// The default scheme: a request with a bearer token is authenticated by the bearer handler, any other by the Identity
/// cookie. A token or cookie that <see cref="FreshRolesClaimsTransformation"/> found dead (revoked session, changed
/// security stamp, deleted account) fails authentication here, so that it is challenged (401, or the sign-in page)
/// rather than treated as a signed-in user without rights (403).
/// </summary>
internal sealed class BearerOrCookieHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var result = await Context.AuthenticateAsync(Target());
        return result.Succeeded && result.Principal.Identity?.IsAuthenticated != true
            ? AuthenticateResult.Fail("The session of this token or cookie has ended.")
            : result;
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) => Context.ChallengeAsync(Target(), properties);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => Context.ForbidAsync(Target(), properties);

    private string Target() => ApiTokenHandler.Presents(Context) ? ApiTokenHandler.SchemeName
        : AuthSetup.UsesBearer(Context) ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme;
}

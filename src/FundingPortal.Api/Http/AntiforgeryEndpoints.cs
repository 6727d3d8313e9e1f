using FundingPortal.Api.Endpoints;
using FundingPortal.Api.Http;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace FundingPortal.Api.Http;

public sealed record AntiforgeryTokenResponse(string HeaderName, string Token);

public static class AntiforgeryEndpoints
{
    /// <summary>For a script of the portal's own pages calling the API with the sign-in cookie: the header it must send on writes.</summary>
    public static void MapAntiforgeryEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet(ApiCsrfProtection.TokenPath, (HttpContext http, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> options) =>
            {
                var tokens = antiforgery.GetAndStoreTokens(http);
                http.Response.Headers.CacheControl = "no-store";
                return TypedResults.Ok(new AntiforgeryTokenResponse(options.Value.HeaderName!, tokens.RequestToken!));
            })
            .RequireAuthorization()
            .WithTags("Accounts");
}

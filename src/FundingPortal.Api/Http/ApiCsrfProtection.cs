using FundingPortal.Api.Auth;
using FundingPortal.Domain.Common;
using Microsoft.AspNetCore.Antiforgery;

namespace FundingPortal.Api.Http;

/// <summary>
/// The browser sends the auth cookie with any request to the API, including one a foreign site makes it send. So a
/// cookie-authenticated unsafe request to /api/** must come from our own origin and carry the anti-forgery header
/// (the token from GET /api/antiforgery/token): otherwise 403 csrf_rejected, before anything runs. Bearer requests
/// carry their authority explicitly and are not concerned; Razor Pages check their own form tokens.
/// </summary>
public static class ApiCsrfProtection
{
    public const string TokenPath = "/api/antiforgery/token";

    public static IApplicationBuilder UseApiCsrfProtection(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/api") || HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                || HttpMethods.IsOptions(context.Request.Method) || HttpMethods.IsTrace(context.Request.Method)
                || context.User.Identity?.IsAuthenticated != true || AuthSetup.UsesBearer(context))
            {
                await next(context);
                return;
            }

            var refusal = ForeignOrigin(context.Request) ?? await MissingToken(context);
            if (refusal is null)
            {
                await next(context);
                return;
            }

            await new Error("csrf_rejected", refusal, ErrorKind.Forbidden).ToProblem().ExecuteAsync(context);
        });

    private static string? ForeignOrigin(HttpRequest request)
    {
        var own = $"{request.Scheme}://{request.Host}";
        if (request.Headers.Origin.ToString() is { Length: > 0 } origin && !string.Equals(origin, own, StringComparison.OrdinalIgnoreCase))
        {
            return $"Requests signed in with the portal's cookie must come from the portal itself ({own}), not from {origin}.";
        }

        return request.Headers["Sec-Fetch-Site"].ToString() is "cross-site" or "same-site"
            ? "Requests signed in with the portal's cookie must come from the portal itself."
            : null;
    }

    private static async Task<string?> MissingToken(HttpContext context)
    {
        var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
        var headerName = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<AntiforgeryOptions>>().Value.HeaderName!;
        if (string.IsNullOrEmpty(context.Request.Headers[headerName]))
        {
            return $"Requests signed in with the portal's cookie must send the {headerName} header (its value comes from GET {TokenPath}); or use a bearer token.";
        }

        return await antiforgery.IsRequestValidAsync(context)
            ? null
            : $"The {headerName} header does not match this session; get a fresh one from GET {TokenPath}.";
    }
}

using Microsoft.AspNetCore.Http.Features;

namespace FundingPortal.Api.Http;

public static class ProblemDetailsSetup
{
    /// <summary>Every problem, including those written by the framework (401, 404 on unknown routes, 429), carries a stable code.</summary>
    public static IServiceCollection AddFundingPortalProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
            context.ProblemDetails.Extensions.TryAdd("code", ProblemResults.CodeFor(status));
            context.ProblemDetails.Title ??= ProblemResults.TitleFor(status);
            context.ProblemDetails.Detail ??= DefaultDetail(status);
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            var traceId = context.HttpContext.Features.Get<IHttpActivityFeature>()?.Activity?.Id ?? context.HttpContext.TraceIdentifier;
            context.ProblemDetails.Extensions.TryAdd("traceId", traceId);
        });
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<DatabaseUnavailableExceptionHandler>();
        services.AddExceptionHandler<UnexpectedExceptionHandler>();
        return services;
    }

    private static string? DefaultDetail(int status) => status switch
    {
        401 => "Sign in first: send 'Authorization: Bearer <accessToken>' obtained from POST /api/auth/login.",
        403 => "Your account is not allowed to do this.",
        404 => "Nothing here, or you are not allowed to see it.",
        405 => "This HTTP method is not supported on this path.",
        429 => "Too many requests; wait a moment and try again.",
        _ => null,
    };
}

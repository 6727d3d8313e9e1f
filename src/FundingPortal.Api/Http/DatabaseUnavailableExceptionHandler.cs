using FundingPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace FundingPortal.Api.Http;

/// <summary>
/// The database is restarting or unreachable: nothing was written (the transaction did not commit), so the client is
/// told to try again in a moment with a 503 and Retry-After, rather than shown a 500. A submit retried with the same
/// Idempotency-Key then gets its receipt exactly once.
/// </summary>
internal sealed class DatabaseUnavailableExceptionHandler(IProblemDetailsService problems, ILogger<DatabaseUnavailableExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsDatabaseUnavailable(exception))
        {
            return false;
        }

        logger.LogWarning("Database unavailable on {Method} {Path}: {Reason}", httpContext.Request.Method, httpContext.Request.Path, exception.GetBaseException().Message);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = "2";
        var problem = new ProblemDetails
        {
            Status = 503,
            Title = ProblemResults.TitleFor(503),
            Detail = "The service is briefly unavailable (its database is restarting). Nothing was saved; try again in a few seconds.",
        };
        problem.Extensions["code"] = "service_unavailable";
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    internal static bool IsDatabaseUnavailable(Exception exception) => DatabaseErrors.IsUnavailable(exception);
}

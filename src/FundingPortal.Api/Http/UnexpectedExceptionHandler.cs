using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace FundingPortal.Api.Http;

/// <summary>Anything else is a bug: logged with its stack trace, answered with a 500 problem that leaks nothing.</summary>
internal sealed class UnexpectedExceptionHandler(IProblemDetailsService problems, ILogger<UnexpectedExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            return true;
        }

        if (DatabaseErrors.IsRace(exception))
        {
            // Two writers raced on rows a use case saves without expecting a race: the loser is told to retry, not shown a 500.
            logger.LogWarning(exception, "Concurrent write on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            var conflict = ConcurrencyErrors.ConcurrentUpdate.ToProblemDetails();
            httpContext.Response.StatusCode = conflict.Status!.Value;
            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = conflict, Exception = exception });
        }

        logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        var problem = new ProblemDetails
        {
            Status = 500,
            Title = "Internal error",
            Detail = "Something went wrong on our side. The error has been logged; quote the traceId when you report it.",
        };
        problem.Extensions["code"] = "internal_error";
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}

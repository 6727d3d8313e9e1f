using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace FundingPortal.Api.Http;

/// <summary>Malformed JSON, wrong types, unknown enum values, bad route values: a 400 that says where.</summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var status = bad.StatusCode;
        var json = FindJsonException(bad);
        var (code, detail) = status switch
        {
            StatusCodes.Status415UnsupportedMediaType => ("unsupported_media_type", "Send the body as application/json."),
            StatusCodes.Status413PayloadTooLarge => ("file_too_large", "The request body is too large (attachments are 10 MB at most)."),
            _ when json is not null => ("invalid_json", DescribeJsonError(json)),
            _ => ("bad_request", bad.Message),
        };

        httpContext.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = ProblemResults.TitleFor(status), Detail = detail };
        problem.Extensions["code"] = code;
        if (json?.Path is { Length: > 0 } path)
        {
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [path.TrimStart('$', '.')] = [detail] };
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static JsonException? FindJsonException(Exception exception)
    {
        for (var e = exception.InnerException; e is not null; e = e.InnerException)
        {
            if (e is JsonException json)
            {
                return json;
            }
        }

        return null;
    }

    private static string DescribeJsonError(JsonException json)
    {
        var where = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "the request body" : $"'{json.Path.TrimStart('$', '.')}'";
        return json.InnerException is FormatException or OverflowException || json.Message.Contains("could not be converted", StringComparison.Ordinal)
            ? $"The value of {where} has the wrong type or is out of range."
            : $"The request body is not valid JSON (at {where}).";
    }
}

/// <summary>Anything else is a bug: logged with its stack trace, answered with a 500 problem that leaks nothing.</summary>
internal sealed class UnexpectedExceptionHandler(IProblemDetailsService problems, ILogger<UnexpectedExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            return true;
        }

        if (exception is Microsoft.EntityFrameworkCore.DbUpdateException db
            && (db is Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException || db.InnerException is System.Data.Common.DbException { SqlState: "23505" or "40001" or "40P01" }))
        {
            // Two writers raced on the same rows: the loser is told to retry rather than shown a 500.
            logger.LogWarning(exception, "Concurrent write on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            httpContext.Response.StatusCode = StatusCodes.Status409Conflict;
            var conflict = new ProblemDetails { Status = 409, Title = "Conflict", Detail = "Someone else changed the same data at the same moment. Reload and try again." };
            conflict.Extensions["code"] = "concurrent_modification";
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

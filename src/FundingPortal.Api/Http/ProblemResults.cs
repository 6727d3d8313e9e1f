using FundingPortal.Domain.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FundingPortal.Api.Http;

/// <summary>The one mapping from expected failures to RFC 9457 problem details.</summary>
public static class ProblemResults
{
    public static ProblemHttpResult ToProblem(this Error error) => TypedResults.Problem(error.ToProblemDetails());

    /// <summary>The same mapping for the exception handlers, which write the problem themselves (a race that escaped a use case).</summary>
    public static ProblemDetails ToProblemDetails(this Error error)
    {
        var status = error.Kind switch
        {
            ErrorKind.Validation => StatusCodes.Status400BadRequest,
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            ErrorKind.BusinessRule => StatusCodes.Status422UnprocessableEntity,
            ErrorKind.PreconditionFailed => StatusCodes.Status412PreconditionFailed,
            ErrorKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
            ErrorKind.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
            ErrorKind.Unauthenticated => StatusCodes.Status401Unauthorized,
            _ => StatusCodes.Status400BadRequest,
        };

        var problem = new ProblemDetails
        {
            Status = status,
            Title = TitleFor(status),
            Detail = error.Message,
            Type = $"https://httpstatuses.io/{status}",
        };
        problem.Extensions["code"] = error.Code;
        if (error.FieldErrors is not null)
        {
            problem.Extensions["errors"] = error.FieldErrors;
        }

        foreach (var (key, value) in error.Extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }

    // Typed unions, so each operation's success status and schema reach the OpenAPI document (docs/integrations.md).
    public static Results<TSuccess, ProblemHttpResult> ToResult<T, TSuccess>(this Result<T> result, Func<T, TSuccess> onSuccess)
        where TSuccess : IResult =>
        result.IsSuccess ? onSuccess(result.Value) : result.Error!.ToProblem();

    public static Results<Ok<T>, ProblemHttpResult> ToResult<T>(this Result<T> result) =>
        result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();

    public static Results<TSuccess, ProblemHttpResult> ToResult<TSuccess>(this Result result, Func<TSuccess> onSuccess)
        where TSuccess : IResult =>
        result.IsSuccess ? onSuccess() : result.Error!.ToProblem();

    public static string TitleFor(int status) => status switch
    {
        400 => "Invalid request",
        401 => "Authentication required",
        403 => "Forbidden",
        404 => "Not found",
        405 => "Method not allowed",
        409 => "Conflict",
        412 => "Precondition failed",
        413 => "Payload too large",
        415 => "Unsupported media type",
        422 => "Business rule not met",
        429 => "Too many requests",
        503 => "Service unavailable",
        _ => "Error",
    };

    public static string CodeFor(int status) => status switch
    {
        400 => "bad_request",
        401 => "unauthenticated",
        403 => "forbidden",
        404 => "not_found",
        405 => "method_not_allowed",
        406 => "not_acceptable",
        409 => "conflict",
        412 => "precondition_failed",
        413 => "payload_too_large",
        415 => "unsupported_media_type",
        429 => "rate_limited",
        _ when status >= 500 => "internal_error",
        _ => "error",
    };
}

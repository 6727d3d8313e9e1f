using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using FundingPortal.Api.Http.Input;
using FundingPortal.Domain.Proposals;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace FundingPortal.Api.Http;

/// <summary>
/// Every request the framework could not bind (malformed JSON, wrong types, unknown enum values, bad query or route
/// values, missing body, unreadable form): a 400 (413, 415) in our own words, naming the field. The framework's own
/// texts ("Failed to bind parameter \"Nullable&lt;ProposalStatus&gt; status\"…", "Implicit body inferred…") name our
/// types and are never shown.
/// </summary>
internal sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var (status, code, detail, field) = Describe(bad, httpContext);
        httpContext.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = ProblemResults.TitleFor(status), Detail = detail };
        problem.Extensions["code"] = code;
        if (field is { Length: > 0 })
        {
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [detail] };
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static (int Status, string Code, string Detail, string? Field) Describe(BadHttpRequestException bad, HttpContext context)
    {
        var message = bad.Message;
        switch (bad.StatusCode)
        {
            case StatusCodes.Status413PayloadTooLarge:
                return (413, ProposalAttachment.TooLarge.Code, $"The request body is too large (attachments are {ProposalAttachment.MaxMegabytes} MB at most).", null);
            case StatusCodes.Status415UnsupportedMediaType:
                return (415, "unsupported_media_type", message.Contains("form media type", StringComparison.Ordinal)
                    ? "Send the body as multipart/form-data."
                    : "Send the body as application/json.", null);
            case StatusCodes.Status408RequestTimeout:
                return (408, "request_timeout", "The request body arrived too slowly.", null);
        }

        if (FindJsonException(bad) is { } json)
        {
            var field = json.Path is { Length: > 0 } path && path != "$" ? path.TrimStart('$', '.') : null;
            return json is JsonInputException coded
                ? (400, coded.Code, field is null ? coded.Message : $"'{field}': {coded.Message}", field)
                : (400, "invalid_json", DescribeJsonError(json, field), field);
        }

        if (message.Contains("anti-forgery", StringComparison.OrdinalIgnoreCase))
        {
            return (403, "csrf_rejected", "The form's anti-forgery token is missing or invalid; reload the page and try again.", null);
        }

        var name = ParameterName(message);
        if (message.StartsWith("Failed to bind parameter", StringComparison.Ordinal) && name is not null)
        {
            return (400, "invalid_parameter", $"'{name}' has an invalid value{Expected(context, name)}.", name);
        }

        if (message.StartsWith("Required parameter", StringComparison.Ordinal) && name is not null)
        {
            return message.EndsWith("from body.", StringComparison.Ordinal)
                ? (400, "body_required", "This request needs a JSON body.", null)
                : (400, "missing_parameter", $"'{name}' is required.", name);
        }

        if (message.StartsWith("Implicit body inferred", StringComparison.Ordinal))
        {
            return (400, "body_required", "This request needs a JSON body.", null);
        }

        if (message.Contains("as form", StringComparison.Ordinal) || bad.InnerException is InvalidDataException)
        {
            return (400, "invalid_form", "The form could not be read: send multipart/form-data with the fields the API reference describes.", null);
        }

        return (400, "bad_request", "The request could not be read.", null);
    }

    private static string? ParameterName(string message)
    {
        var match = ParameterPattern().Match(message);
        return match.Success ? match.Groups["name"].Value : null;
    }

    /// <summary>", expected one of Draft, Submitted, …" for an enum, ", expected an id (GUID)" for a Guid…, from the endpoint's signature.</summary>
    private static string Expected(HttpContext context, string name)
    {
        // The exception handler has already cleared the request's endpoint; its feature kept the one that failed.
        var endpoint = context.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint();
        var parameter = endpoint?.Metadata.GetMetadata<MethodInfo>()?.GetParameters().FirstOrDefault(p => p.Name == name);
        var type = parameter is null ? null : Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return type switch
        {
            null => "",
            { IsEnum: true } => $", expected one of {string.Join(", ", Enum.GetNames(type))}",
            _ when type == typeof(Guid) => ", expected an id (GUID)",
            _ when type == typeof(bool) => ", expected true or false",
            _ when type == typeof(int) || type == typeof(long) => ", expected a whole number",
            _ when type == typeof(DateTimeOffset) || type == typeof(DateOnly) => ", expected an ISO 8601 date",
            _ => "",
        };
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

    private static string DescribeJsonError(JsonException json, string? field)
    {
        var where = field is null ? "the request body" : $"'{ControlCharacters.Printable(field)}'";
        return json.InnerException is FormatException or OverflowException || json.Message.Contains("could not be converted", StringComparison.Ordinal)
            ? $"The value of {where} has the wrong type or is out of range."
            : $"The request body is not valid JSON (at {where}).";
    }

    [GeneratedRegex("parameter \"(?:[^\"]* )?(?<name>[^\" ]+)\"")]
    private static partial Regex ParameterPattern();
}

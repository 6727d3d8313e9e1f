using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace FundingPortal.Api.Http.OpenApi;

/// <summary>
/// Per operation: a summary (from the use case it calls), the bearer requirement, and the problem answers every
/// operation of its kind can give — the edge's (400 input screening, 401, 403 CSRF/MFA/policy, 429, 503) and the
/// use cases' (404 not visible, 409 state or concurrent update). Statuses an endpoint adds itself (412, 413, 415, 422)
/// it declares with <c>ProducesProblem</c>; every problem answer gets the <see cref="ContractComponents.ProblemSchema"/>.
/// </summary>
public sealed partial class OperationContract : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var path = "/" + (description.RelativePath ?? "");
        var method = description.HttpMethod ?? "GET";
        var authenticated = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        var unsafeMethod = !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method);

        operation.Summary ??= SummaryFrom(metadata.OfType<MethodInfo>().FirstOrDefault()) ?? $"{method} {path}";
        operation.Responses ??= new OpenApiResponses();

        var problems = new List<int> { StatusCodes.Status400BadRequest, StatusCodes.Status503ServiceUnavailable };
        if (authenticated)
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ContractComponents.BearerScheme, context.Document)] = [] }];
            problems.AddRange([StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound]);
            if (unsafeMethod)
            {
                problems.Add(StatusCodes.Status409Conflict);
            }
        }
        else if (path.Contains('{'))
        {
            problems.Add(StatusCodes.Status404NotFound);
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            problems.Add(StatusCodes.Status429TooManyRequests);
        }

        foreach (var status in problems)
        {
            operation.Responses.TryAdd(status.ToString(System.Globalization.CultureInfo.InvariantCulture), new OpenApiResponse());
        }

        foreach (var (status, response) in operation.Responses.ToList())
        {
            if (int.TryParse(status, out var code) && code >= 400)
            {
                operation.Responses[status] = new OpenApiResponse
                {
                    Description = ProblemResults.TitleFor(code),
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(ContractComponents.ProblemSchema, context.Document) },
                    },
                };
            }
            else if (string.IsNullOrEmpty(response.Description) && response is OpenApiResponse writable)
            {
                writable.Description = code switch { 201 => "Created", 202 => "Accepted", 204 => "No content", _ => "OK" };
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>"SubmitProposal" → "Submit proposal": the use-case class the endpoint calls names what it does.</summary>
    private static string? SummaryFrom(MethodInfo? handler)
    {
        var useCase = handler?.GetParameters()
            .Select(p => p.ParameterType)
            .FirstOrDefault(t => t.Namespace?.StartsWith("FundingPortal.Application.", StringComparison.Ordinal) == true && t.GetMethod("Handle") is not null);
        if (useCase is null)
        {
            return null;
        }

        var words = Words().Matches(useCase.Name).Select(m => m.Value.ToLowerInvariant()).ToArray();
        var sentence = string.Join(' ', words);
        return char.ToUpperInvariant(sentence[0]) + sentence[1..];
    }

    [GeneratedRegex("[A-Z][a-z]*|[0-9]+")]
    private static partial Regex Words();
}

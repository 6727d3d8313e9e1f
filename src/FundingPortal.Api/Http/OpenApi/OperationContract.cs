using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace FundingPortal.Api.Http.OpenApi;

/// <summary>
/// Per operation: a summary (from the use case it calls), the bearer requirement, and the problem answers every
/// operation of its kind can give — the edge's (400 input screening, 401, 403 CSRF/MFA/policy, 415 wrong media type, 429, 503) and the
/// use cases' (404 not visible, 409 state or concurrent update). Statuses an endpoint adds itself (412, 413, 422)
/// it declares with <c>ProducesProblem</c>; every problem answer gets the <see cref="ContractComponents.ProblemSchema"/>.
/// </summary>
public sealed partial class OperationContract(EndpointDataSource endpoints) : IOpenApiOperationTransformer
{
    private readonly Lazy<Dictionary<Type, int>> _useCaseCounts = new(() => endpoints.Endpoints
        .Select(e => UseCaseOf(e.Metadata.OfType<MethodInfo>().FirstOrDefault()))
        .OfType<Type>()
        .GroupBy(t => t)
        .ToDictionary(g => g.Key, g => g.Count()));

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var path = "/" + (description.RelativePath ?? "");
        var method = description.HttpMethod ?? "GET";
        var authenticated = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        var unsafeMethod = !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method);

        var useCase = UseCaseOf(metadata.OfType<MethodInfo>().FirstOrDefault());
        operation.Summary ??= useCase is null ? $"{method} {path}" : Sentence(useCase.Name);
        operation.OperationId ??= OperationId(useCase, method, path);
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

        if (operation.RequestBody is not null)
        {
            problems.Add(StatusCodes.Status415UnsupportedMediaType);
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

    /// <summary>
    /// The use case's name ("SubmitProposal"), which client generators turn into method names; when one use case serves
    /// several operations, the path's last word tells them apart ("DecideJoinRequestApprove").
    /// </summary>
    private string OperationId(Type? useCase, string method, string path)
    {
        if (useCase is null)
        {
            var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != "api")
                .Select(s => s.StartsWith('{') ? "By" + Pascal(s.Trim('{', '}').Split(':')[0]) : Pascal(s));
            return Pascal(method.ToLowerInvariant()) + string.Concat(segments);
        }

        return _useCaseCounts.Value.GetValueOrDefault(useCase) > 1 ? useCase.Name + LastLiteral(path) : useCase.Name;
    }

    private static string LastLiteral(string path)
    {
        return Pascal(path.Split('/', StringSplitOptions.RemoveEmptyEntries).Last(s => !s.StartsWith('{')));
    }

    private static string Pascal(string words) =>
        string.Concat(words.Split('-', '.', '_').Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    /// <summary>The Application use case the endpoint calls (a FundingPortal.Application class with a Handle method).</summary>
    private static Type? UseCaseOf(MethodInfo? handler) => handler?.GetParameters()
        .Select(p => p.ParameterType)
        .FirstOrDefault(t => t.Namespace?.StartsWith("FundingPortal.Application.", StringComparison.Ordinal) == true && t.GetMethods().Any(m => m.Name == "Handle"));

    /// <summary>"SubmitProposal" → "Submit proposal".</summary>
    private static string Sentence(string name)
    {
        var sentence = string.Join(' ', Words().Matches(name).Select(m => m.Value.ToLowerInvariant()));
        return char.ToUpperInvariant(sentence[0]) + sentence[1..];
    }

    [GeneratedRegex("[A-Z][a-z]*|[0-9]+")]
    private static partial Regex Words();
}

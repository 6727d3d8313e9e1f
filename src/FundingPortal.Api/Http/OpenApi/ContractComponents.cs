using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FundingPortal.Api.Http.OpenApi;

/// <summary>The shared parts of the document: the bearer scheme and the problem schema every 4xx/5xx answer uses.</summary>
public sealed class ContractComponents : IOpenApiDocumentTransformer
{
    public const string BearerScheme = "Bearer";
    public const string ProblemSchema = "Problem";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "FundingPortal API";
        document.Info.Description = "The public contract of the portal: errors are RFC 9457 problem details with a stable `code`; see docs/integrations.md.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An access token from POST /api/auth/login, or an API token from POST /api/me/api-tokens.",
        };
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ProblemSchema] = Problem();
        return Task.CompletedTask;
    }

    private static OpenApiSchema Problem() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "RFC 9457 problem details with a stable snake_case `code`; validation problems add `errors`.",
        Required = new HashSet<string> { "status", "code" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = Nullable(JsonSchemaType.String),
            ["title"] = Nullable(JsonSchemaType.String),
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
            ["detail"] = Nullable(JsonSchemaType.String),
            ["instance"] = Nullable(JsonSchemaType.String),
            ["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[a-z0-9_]+$" },
            ["traceId"] = Nullable(JsonSchemaType.String),
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
        },
        Examples = [JsonNode.Parse("""{"type":"https://httpstatuses.io/409","title":"Conflict","status":409,"detail":"The call is not open.","code":"call_not_open"}""")!],
    };

    private static OpenApiSchema Nullable(JsonSchemaType type) => new() { Type = type | JsonSchemaType.Null };
}

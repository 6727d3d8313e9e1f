using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FundingPortal.Api.Http.OpenApi;

/// <summary>
/// Multipart bodies as client generators read them: one object whose file fields are inline binary strings. The
/// framework documents an <c>IFormFile</c> as a reference and a form of several parameters as an <c>allOf</c>; with
/// those, NSwag's client had no file parameter on the upload and no <c>FileParameter</c> type for the replacement.
/// </summary>
internal sealed class MultipartForms : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.RequestBody?.Content?.TryGetValue("multipart/form-data", out var media) != true || media!.Schema is not OpenApiSchema root)
        {
            return Task.CompletedTask;
        }

        var properties = new Dictionary<string, IOpenApiSchema>(root.Properties ?? new Dictionary<string, IOpenApiSchema>());
        foreach (var part in root.AllOf?.OfType<OpenApiSchema>() ?? [])
        {
            foreach (var (name, schema) in part.Properties ?? new Dictionary<string, IOpenApiSchema>())
                properties[name] = schema;
        }

        var files = properties.Where(p => p.Value is OpenApiSchemaReference { Reference.Id: "IFormFile" }).Select(p => p.Key).ToList();
        foreach (var name in files)
            properties[name] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };

        media.Schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = properties,
            Required = new HashSet<string>(files),
        };
        return Task.CompletedTask;
    }
}

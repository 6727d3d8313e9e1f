using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace FundingPortal.Api.Http.OpenApi;

/// <summary>A multipart field read as a string (so a bad value gets the use case's own error) documented as the enum it is.</summary>
public static class FormFieldEnum
{
    public static RouteHandlerBuilder DocumentFormFieldAs<TEnum>(this RouteHandlerBuilder builder, string field)
        where TEnum : struct, Enum =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            foreach (var schema in FormSchemas(operation))
            {
                if (schema.Properties?.ContainsKey(field) == true)
                {
                    schema.Properties[field] = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        Enum = Enum.GetNames<TEnum>().Select(n => (JsonNode)JsonValue.Create(n)).ToList(),
                    };
                }
            }

            return Task.CompletedTask;
        });

    private static IEnumerable<OpenApiSchema> FormSchemas(OpenApiOperation operation)
    {
        if (operation.RequestBody?.Content?.TryGetValue("multipart/form-data", out var media) != true || media!.Schema is not OpenApiSchema root)
        {
            yield break;
        }

        yield return root;
        foreach (var part in root.AllOf?.OfType<OpenApiSchema>() ?? [])
        {
            yield return part;
        }
    }
}

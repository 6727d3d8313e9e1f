using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FundingPortal.Api.Http.OpenApi;

/// <summary>
/// Values our own JSON setup writes in a way the schema exporter cannot see: a nullable enum (an outcome not decided
/// yet) is a string enum that also allows null; instants and dates (custom converters) are strings.
/// </summary>
public sealed class ValueSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) is { IsEnum: true } enumType)
        {
            schema.Type = JsonSchemaType.String | JsonSchemaType.Null;
            schema.Enum = [.. Enum.GetNames(enumType).Select(n => (JsonNode)JsonValue.Create(n)), null!];
            schema.OneOf = null;
            schema.AnyOf = null;
        }

        var type = context.JsonTypeInfo.Type;
        if (type.IsEnum)
        {
            // Written as names (JsonStringEnumConverter): say so, or client generators send numbers.
            schema.Type = JsonSchemaType.String;
        }

        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(DateTimeOffset) || underlying == typeof(DateOnly))
        {
            schema.Type = JsonSchemaType.String | (underlying != type ? JsonSchemaType.Null : 0);
            schema.Format = underlying == typeof(DateOnly) ? "date" : "date-time";
        }

        return Task.CompletedTask;
    }
}

using System.Text.RegularExpressions;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FundingPortal.Api.Http.OpenApi;

/// <summary>
/// Decimals are exact numbers (format "decimal"); those that are euros are cents-exact (<c>multipleOf: 0.01</c>).
/// Rates, shares, weights and scores are decimals too, so the money ones are told apart by name.
/// </summary>
public sealed partial class MoneySchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (type != typeof(decimal) && type != typeof(decimal?))
        {
            return Task.CompletedTask;
        }

        schema.Type = JsonSchemaType.Number | (type == typeof(decimal?) ? JsonSchemaType.Null : 0);
        schema.Format = "decimal";
        schema.Pattern = null;
        if (context.JsonPropertyInfo is { } property && !NotMoney().IsMatch(property.Name))
        {
            schema.MultipleOf = 0.01m;
        }

        return Task.CompletedTask;
    }

    [GeneratedRegex("(score|rate|weight|scale|mean|^min$|^max$|threshold|share|percent|consumption)", RegexOptions.IgnoreCase)]
    private static partial Regex NotMoney();
}

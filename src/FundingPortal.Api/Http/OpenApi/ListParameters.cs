using System.Text.Json.Nodes;
using FundingPortal.Application.Common.Paging;
using Microsoft.OpenApi;

namespace FundingPortal.Api.Http.OpenApi;

/// <summary>
/// A searchable list's <c>sort</c> documented as the enum of its named orders (each with its <c>-</c> form) and <c>q</c>
/// with its maximum length, both read from the list's own <see cref="ListOrders{TRow}"/> and <see cref="ListSearch"/>, so
/// the document cannot drift from what the list accepts.
/// </summary>
public static class ListParameters
{
    public static RouteHandlerBuilder DocumentListSearch<TRow>(this RouteHandlerBuilder builder, ListOrders<TRow> orders) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            {
                if (parameter.Name == ListOrders<TRow>.Parameter)
                {
                    parameter.Description = $"The order of the list (default `{orders.DefaultName}`); a leading `-` reverses it. Any other value is 400 `invalid_sort`.";
                    parameter.Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        Enum = orders.Names.Select(n => (JsonNode)JsonValue.Create(n)).ToList(),
                        Default = JsonValue.Create(orders.DefaultName),
                    };
                }
                else if (parameter.Name == "q")
                {
                    parameter.Description = "Words to find (case-insensitive, `%` and `_` matched as typed).";
                    parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = ListSearch.MaxLength };
                }
            }

            return Task.CompletedTask;
        });
}

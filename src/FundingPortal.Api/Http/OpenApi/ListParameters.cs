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

    /// <summary>The paging headers of a list whose contract is a plain array (<see cref="Paging.ReadArray{T}"/>).</summary>
    public static RouteHandlerBuilder DocumentArrayPaging(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse response)
            {
                response.Headers ??= new Dictionary<string, IOpenApiHeader>();
                response.Headers[Paging.TotalHeader] = new OpenApiHeader
                {
                    Description = "How many items match over all the pages.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                };
                response.Headers["Link"] = new OpenApiHeader
                {
                    Description = "`<url>; rel=\"next\"`: the next page (the same query with its `cursor`), absent on the last page.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
            }

            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            {
                parameter.Description ??= parameter.Name switch
                {
                    "limit" => $"How many items a page holds (1 to {PageRequest.MaxLimit}, default {PageRequest.DefaultLimit}).",
                    "cursor" => "The position after which the next page starts: take it from the `Link` header of the previous page.",
                    _ => null,
                };
            }

            return Task.CompletedTask;
        });
}

using Microsoft.AspNetCore.OpenApi;

namespace FundingPortal.Api.Http.OpenApi;

/// <summary>
/// The OpenAPI document as a contract integrators can generate a client from (api.md, "API for integrators"): the bearer
/// scheme, every problem status with the problem schema, money as decimals of cents, a summary per operation.
/// </summary>
public static class OpenApiSetup
{
    public static IServiceCollection AddFundingPortalOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            // A nullable enum gets its own inline schema (with null); sharing the enum's component loses the null (aspnetcore#65017).
            o.CreateSchemaReferenceId = type => Nullable.GetUnderlyingType(type.Type)?.IsEnum == true
                ? null
                : OpenApiOptions.CreateDefaultSchemaReferenceId(type);
            o.AddDocumentTransformer<ContractComponents>();
            o.AddSchemaTransformer<MoneySchemas>();
            o.AddSchemaTransformer<ValueSchemas>();
            o.AddOperationTransformer<OperationContract>();
            o.AddOperationTransformer<MultipartForms>();
        });
}

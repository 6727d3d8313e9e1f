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
            o.AddDocumentTransformer<ContractComponents>();
            o.AddSchemaTransformer<MoneySchemas>();
            o.AddOperationTransformer<OperationContract>();
        });
}

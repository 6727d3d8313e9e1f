using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Api.IntegrationTests.Contract;

public sealed class OpenApiContractViolation(string message) : Exception(message);

/// <summary>
/// Checks every answer of the test host against the document it serves, so the document cannot drift from the code:
/// an answer it does not describe fails the test that received it (the test server rethrows the exception to the caller).
/// </summary>
public sealed class ContractCheck(Func<Task<string>> loadDocument)
{
    private readonly Lazy<Task<OpenApiContract>> _contract = new(async () => new OpenApiContract(JsonNode.Parse(await loadDocument())!.AsObject()));

    public Task<OpenApiContract> Contract => _contract.Value;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.GetEndpoint() is RouteEndpoint endpoint && endpoint.RoutePattern.RawText is { } pattern)
        {
            var contract = await Contract;
            if (contract.FindOperation(context.Request.Method, pattern) is { } operation
                && contract.Check(context.Request.Method, pattern, operation, context.Response.StatusCode, context.Response.ContentType, buffer.ToArray()) is { } violation)
            {
                throw new OpenApiContractViolation(violation);
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }
}

public static class ContractCheckSetup
{
    public static IServiceCollection AddOpenApiContractCheck(this IServiceCollection services, Func<Task<string>> loadDocument)
    {
        services.AddSingleton(new ContractCheck(loadDocument));
        services.AddTransient<IStartupFilter, ContractCheckStartup>();
        return services;
    }

    private sealed class ContractCheckStartup(ContractCheck check) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) => check.InvokeAsync(context, nextMiddleware));
            next(app);
        };
    }
}

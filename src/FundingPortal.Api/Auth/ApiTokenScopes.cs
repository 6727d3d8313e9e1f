using FundingPortal.Api.Http;
using FundingPortal.Domain.Common;

namespace FundingPortal.Api.Auth;

/// <summary>A token with the <c>read</c> scope alone may only read: any other method gets 403 insufficient_scope before anything runs.</summary>
public static class ApiTokenScopes
{
    public static IApplicationBuilder UseApiTokenScopes(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var method = context.Request.Method;
            var safe = HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
            if (safe || context.User.FindFirst(ApiTokenHandler.MayWriteClaim)?.Value != "false")
            {
                await next(context);
                return;
            }

            await new Error("insufficient_scope", "This API token has the \"read\" scope only: it may not change anything. Use a token with the \"write\" scope.",
                ErrorKind.Forbidden).ToProblem().ExecuteAsync(context);
        });
}

using FundingPortal.Infrastructure.Hosting;

namespace FundingPortal.Api.Http;

public static class RequestPressureCounting
{
    /// <summary>First in the pipeline: every request counts, whatever answers it, until its response is complete (ADR 0038).</summary>
    public static IApplicationBuilder UseRequestPressureCounting(this IApplicationBuilder app)
    {
        var pressure = app.ApplicationServices.GetRequiredService<RequestPressure>();
        return app.Use(async (context, next) =>
        {
            pressure.Enter();
            try
            {
                await next(context);
            }
            finally
            {
                pressure.Leave();
            }
        });
    }
}

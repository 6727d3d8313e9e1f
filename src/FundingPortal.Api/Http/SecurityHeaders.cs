namespace FundingPortal.Api.Http;

public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                // The rate limiter says how long to wait; any other 429 (an answer of our own) gets a default.
                if (context.Response.StatusCode == StatusCodes.Status429TooManyRequests && !headers.ContainsKey("Retry-After"))
                {
                    headers.RetryAfter = "60";
                }

                // Scalar's and Hangfire's pages run inline scripts and styles of their own.
                if (!context.Request.Path.StartsWithSegments("/scalar") && !context.Request.Path.StartsWithSegments("/hangfire"))
                {
                    headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'";
                }

                return Task.CompletedTask;
            });
            await next(context);
        });
}

using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace FundingPortal.Api.Http;

/// <summary>
/// A refused request says when to come back (Retry-After, in seconds). The body is written further out: problem
/// details for /api, the French page of the web UI (ErrorPages) for the forms.
/// </summary>
public static class RateLimitRejection
{
    public static ValueTask OnRejected(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    }
}

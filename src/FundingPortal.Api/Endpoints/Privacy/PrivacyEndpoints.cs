using FundingPortal.Api.Auth;
using FundingPortal.Application.Privacy.ApplyRetention;
using FundingPortal.Application.Privacy.ExportMyData;

namespace FundingPortal.Api.Endpoints.Privacy;

public static class PrivacyEndpoints
{
    public static void MapPrivacyEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me/data-export", async (HttpContext http, ExportMyData export, CancellationToken ct) =>
            {
                var data = await export.Handle(ct);
                http.Response.Headers.CacheControl = "private, no-store";
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"{FileName(data.ExportedAt)}\"";
                return TypedResults.Ok(data);
            })
            .RequireAuthorization()
            .WithTags("Accounts");

        // The daily retention job, on demand (a manager after changing Privacy:Retention, or to show it at work).
        app.MapPost("/api/privacy/retention/run", async (ApplyRetention retention, CancellationToken ct) => TypedResults.Ok(await retention.Handle(ct)))
            .RequireAuthorization(AuthSetup.ManagerPolicy)
            .WithTags("Privacy");
    }

    public static string FileName(DateTimeOffset exportedAt) => $"mes-donnees-{exportedAt:yyyy-MM-dd}.json";
}

using FundingPortal.Api.Auth;
using FundingPortal.Api.Http;
using FundingPortal.Application.Reporting.ExportCall;
using FundingPortal.Application.Reporting.GetDashboard;

namespace FundingPortal.Api.Endpoints.Reporting;

public static class ReportingEndpoints
{
    public static void MapReportingEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/dashboard", async (GetDashboard dashboard, CancellationToken ct) => TypedResults.Ok(await dashboard.Handle(ct)))
            .RequireAuthorization(AuthSetup.ManagerPolicy).WithTags("Dashboard");

        app.MapGet("/api/calls/{id:guid}/export", async (Guid id, string? format, ExportCall export, CancellationToken ct) =>
                (await export.Handle(id, format, ct)).ToResult(file => TypedResults.Stream(output => file.WriteTo(output, ct), file.ContentType, file.FileName)))
            .Produces<Stream>(StatusCodes.Status200OK, "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .RequireAuthorization(AuthSetup.ManagerPolicy).WithTags("Calls");
    }
}

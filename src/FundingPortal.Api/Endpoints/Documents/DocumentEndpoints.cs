using FundingPortal.Api.Auth;
using FundingPortal.Api.Http;
using FundingPortal.Application.Documents;

namespace FundingPortal.Api.Endpoints.Documents;

public static class DocumentEndpoints
{
    public static void MapDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/proposals/{id:guid}/documents", async (Guid id, DocumentQueries documents, CancellationToken ct) =>
                (await documents.List(id, ct)).ToResult())
            .RequireAuthorization().WithTags("Documents");

        app.MapGet("/api/documents/{id:guid}", async (Guid id, DocumentQueries documents, HttpContext http, CancellationToken ct) =>
                (await documents.Download(id, ct)).ToResult(f =>
                {
                    http.Response.Headers["X-Content-SHA256"] = f.Sha256;
                    return TypedResults.File(f.Bytes, "application/pdf", f.FileName);
                }))
            .RequireAuthorization().WithTags("Documents");

        app.MapPost("/api/documents/{id:guid}/regenerate", async (Guid id, DocumentQueries documents, CancellationToken ct) =>
                (await documents.Regenerate(id, ct)).ToResult())
            .RequireAuthorization(AuthSetup.ManagerPolicy).WithTags("Documents");
    }
}

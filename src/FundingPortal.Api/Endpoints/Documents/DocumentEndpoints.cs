using FundingPortal.Api.Auth;
using FundingPortal.Api.Http;
using FundingPortal.Application.Documents.DownloadDocument;
using FundingPortal.Application.Documents.ListDocuments;
using FundingPortal.Application.Documents.RegenerateDocument;

namespace FundingPortal.Api.Endpoints.Documents;

public static class DocumentEndpoints
{
    public static void MapDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/proposals/{id:guid}/documents", async (Guid id, ListDocuments handler, CancellationToken ct) =>
                (await handler.Handle(id, ct)).ToResult())
            .RequireAuthorization().WithTags("Documents");

        app.MapGet("/api/documents/{id:guid}", async (Guid id, string? lang, DownloadDocument handler, HttpContext http, CancellationToken ct) =>
                (await handler.Handle(id, lang, ct)).ToResult(f =>
                {
                    http.Response.Headers["X-Content-SHA256"] = f.Sha256;
                    http.Response.Headers["X-Reference-SHA256"] = f.ReferenceSha256;
                    http.Response.Headers.ContentLanguage = f.Language;
                    return TypedResults.File(f.Bytes, "application/pdf", f.FileName);
                }))
            .RequireAuthorization().WithTags("Documents")
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf")
            .ProducesProblem(StatusCodes.Status409Conflict);

        app.MapPost("/api/documents/{id:guid}/regenerate", async (Guid id, RegenerateDocument handler, CancellationToken ct) =>
                (await handler.Handle(id, ct)).ToResult())
            .RequireAuthorization(AuthSetup.ManagerPolicy).WithTags("Documents");
    }
}

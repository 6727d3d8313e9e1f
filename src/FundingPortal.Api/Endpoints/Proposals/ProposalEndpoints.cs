using FundingPortal.Api.Auth;
using FundingPortal.Api.Http;
using FundingPortal.Application.Proposals;
using FundingPortal.Domain.Proposals;
using Microsoft.AspNetCore.Mvc;

namespace FundingPortal.Api.Endpoints.Proposals;

public static class ProposalEndpoints
{
    public const string SubmitRateLimit = "submit";

    public static void MapProposalEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/calls/{callId:guid}/proposals", async (Guid callId, ProposalFieldsRequest request, CreateProposal handler, HttpContext http, CancellationToken ct) =>
                (await handler.Handle(callId, request, ct)).ToResult(p => TypedResults.Created($"/api/proposals/{p.Id}", p).WithETag(http, p.ETag)))
            .RequireAuthorization().WithTags("Proposals");

        var group = app.MapGroup("/api/proposals/{id:guid}").RequireAuthorization().WithTags("Proposals");
        app.MapGet("/api/proposals", async (Guid? callId, ProposalStatus? status, ProposalQueries queries, CancellationToken ct) =>
            TypedResults.Ok(await queries.List(callId, status, ct))).RequireAuthorization().WithTags("Proposals");

        group.MapGet("/", async (Guid id, ProposalQueries queries, HttpContext http, CancellationToken ct) =>
            (await queries.Get(id, ct)).ToResult(p => TypedResults.Ok(p).WithETag(http, p.ETag)));

        group.MapPut("/", (Guid id, ProposalFieldsRequest request, EditProposal handler, HttpContext http, CancellationToken ct) =>
            WithIfMatch(http, expected => handler.UpdateFields(id, request, expected, ct)));

        group.MapPost("/partners", (Guid id, AddPartnerRequest request, EditProposal handler, HttpContext http, CancellationToken ct) =>
            WithIfMatch(http, expected => handler.AddPartner(id, request, expected, ct), created: true));

        group.MapDelete("/partners/{organisationId:guid}", async (Guid id, Guid organisationId, EditProposal handler, HttpContext http, CancellationToken ct) =>
        {
            var expected = Preconditions.ReadIfMatch(http.Request);
            if (!expected.IsSuccess)
            {
                return expected.Error!.ToProblem();
            }

            var result = await handler.RemovePartner(id, organisationId, expected.Value, ct);
            return result.ToResult(p => TypedResults.NoContent().WithETag(http, p.ETag));
        });

        group.MapPut("/partners/{organisationId:guid}/budget", (Guid id, Guid organisationId, BudgetRequest request, EditProposal handler, HttpContext http, CancellationToken ct) =>
            WithIfMatch(http, expected => handler.SetBudget(id, organisationId, request, expected, ct)));

        group.MapPut("/excluded-experts", (Guid id, ExcludedExpertsRequest request, EditProposal handler, HttpContext http, CancellationToken ct) =>
            WithIfMatch(http, expected => handler.SetExcludedExperts(id, request, expected, ct)));

        group.MapPost("/attachments", async (Guid id, IFormFile? file, [FromForm] string? kind, Attachments attachments, CancellationToken ct) =>
            {
                await using var content = file?.OpenReadStream();
                var upload = file is null ? null : new AttachmentUpload(file.FileName, file.Length, content!);
                return (await attachments.Upload(id, kind, upload, ct)).ToResult(a => TypedResults.Created($"/api/proposals/{id}/attachments/{a.Id}", a));
            })
            .DisableAntiforgery();

        group.MapGet("/attachments/{attachmentId:guid}", async (Guid id, Guid attachmentId, Attachments attachments, CancellationToken ct) =>
            (await attachments.Download(id, attachmentId, ct)).ToResult(f => TypedResults.File(f.Bytes, f.ContentType, f.FileName)));

        group.MapGet("/eligibility", async (Guid id, ProposalQueries queries, CancellationToken ct) => (await queries.Eligibility(id, ct)).ToResult());

        group.MapPost("/submit", async (Guid id, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, SubmitProposal handler, CancellationToken ct) =>
                (await handler.Handle(id, idempotencyKey, ct)).ToResult())
            .RequireRateLimiting(SubmitRateLimit);

        group.MapPost("/withdraw", async (Guid id, ProposalLifecycle lifecycle, CancellationToken ct) => (await lifecycle.Withdraw(id, ct)).ToResult());

        group.MapPost("/screening", async (Guid id, ScreeningRequest request, ProposalLifecycle lifecycle, CancellationToken ct) =>
                (await lifecycle.Screen(id, request, ct)).ToResult())
            .RequireAuthorization(AuthSetup.ManagerPolicy);

        group.MapGet("/versions", async (Guid id, ProposalQueries queries, CancellationToken ct) => (await queries.Versions(id, ct)).ToResult());

        group.MapGet("/versions/{version:int}/snapshot", async (Guid id, int version, ProposalQueries queries, CancellationToken ct) =>
            (await queries.Snapshot(id, version, ct)).ToResult(json => TypedResults.Text(json, "application/json", System.Text.Encoding.UTF8)));

        group.MapGet("/history", async (Guid id, ProposalQueries queries, CancellationToken ct) => (await queries.History(id, ct)).ToResult());

        group.MapGet("/history/verify", async (Guid id, ProposalQueries queries, CancellationToken ct) => (await queries.VerifyHistory(id, ct)).ToResult());
    }

    private static async Task<IResult> WithIfMatch(HttpContext http, Func<ExpectedVersion, Task<FundingPortal.Domain.Common.Result<ProposalResponse>>> action, bool created = false)
    {
        var expected = Preconditions.ReadIfMatch(http.Request);
        if (!expected.IsSuccess)
        {
            return expected.Error!.ToProblem();
        }

        var result = await action(expected.Value);
        return result.ToResult(p => created
            ? TypedResults.Created($"/api/proposals/{p.Id}", p).WithETag(http, p.ETag)
            : TypedResults.Ok(p).WithETag(http, p.ETag));
    }
}

using FundingPortal.Api.Auth;
using FundingPortal.Api.Http;
using FundingPortal.Api.Http.OpenApi;
using FundingPortal.Application.Proposals;
using FundingPortal.Application.Proposals.AddPartner;
using FundingPortal.Application.Proposals.CarryOverProposal;
using FundingPortal.Application.Proposals.CreateProposal;
using FundingPortal.Application.Proposals.DownloadAttachment;
using FundingPortal.Application.Proposals.GetEligibility;
using FundingPortal.Application.Proposals.GetProposal;
using FundingPortal.Application.Proposals.GetProposalHistory;
using FundingPortal.Application.Proposals.GetSubmittedSnapshot;
using FundingPortal.Application.Proposals.ListCorrectionRequests;
using FundingPortal.Application.Proposals.ListMessages;
using FundingPortal.Application.Proposals.ListProposalVersions;
using FundingPortal.Application.Proposals.ListProposals;
using FundingPortal.Application.Proposals.PostMessage;
using FundingPortal.Application.Proposals.RemoveAttachment;
using FundingPortal.Application.Proposals.RemovePartner;
using FundingPortal.Application.Proposals.ReplaceAttachment;
using FundingPortal.Application.Proposals.RequestCorrection;
using FundingPortal.Application.Proposals.ScreenProposal;
using FundingPortal.Application.Proposals.SetExcludedExperts;
using FundingPortal.Application.Proposals.SetPartnerBudget;
using FundingPortal.Application.Proposals.SetPartnerEstimate;
using FundingPortal.Application.Proposals.ShortlistProposal;
using FundingPortal.Application.Proposals.SubmitProposal;
using FundingPortal.Application.Proposals.UpdateProjectFields;
using FundingPortal.Application.Proposals.UploadAttachment;
using FundingPortal.Application.Proposals.VerifyProposalHistory;
using FundingPortal.Application.Proposals.WithdrawProposal;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;
using Microsoft.AspNetCore.Http.HttpResults;
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
        app.MapGet("/api/proposals", (Guid? callId, ProposalStatus? status, string? q, string? sort, int? limit, string? cursor, ListProposals handler, CancellationToken ct) =>
            Paging.Read(limit, cursor, q, sort, (search, page) => handler.Handle(new ProposalFilter(callId, status), search, page, ct)))
            .RequireAuthorization().WithTags("Proposals").DocumentListSearch(ListProposals.Orders);

        group.MapGet("/", async (Guid id, GetProposal handler, HttpContext http, CancellationToken ct) =>
            (await handler.Handle(id, ct)).ToResult(p => TypedResults.Ok(p).WithETag(http, p.ETag)));

        group.MapPut("/", (Guid id, ProposalFieldsRequest request, UpdateProjectFields handler, HttpContext http, CancellationToken ct) =>
            WithIfMatch(http, expected => handler.Handle(id, request, expected, ct)))
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        group.MapPost("/partners", (Guid id, AddPartnerRequest request, AddPartner handler, HttpContext http, CancellationToken ct) =>
            WithIfMatchCreated(http, expected => handler.Handle(id, request, expected, ct)))
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapDelete("/partners/{organisationId:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, Guid organisationId, RemovePartner handler, HttpContext http, CancellationToken ct) =>
        {
            var expected = Preconditions.ReadIfMatch(http.Request);
            if (!expected.IsSuccess)
            {
                return expected.Error!.ToProblem();
            }

            var result = await handler.Handle(id, organisationId, expected.Value, ct);
            return result.ToResult(p => TypedResults.NoContent().WithETag(http, p.ETag));
        }).ProducesProblem(StatusCodes.Status412PreconditionFailed);

        group.MapPut("/partners/{organisationId:guid}/budget", (Guid id, Guid organisationId, BudgetRequest request, SetPartnerBudget handler, HttpContext http, CancellationToken ct) =>
            WithIfMatch(http, expected => handler.Handle(id, organisationId, request, expected, ct)))
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        group.MapPut("/partners/{organisationId:guid}/estimate", (Guid id, Guid organisationId, EstimateRequest request, SetPartnerEstimate handler, HttpContext http, CancellationToken ct) =>
            WithIfMatch(http, expected => handler.Handle(id, organisationId, request, expected, ct)))
            .WithDescription("Two-stage calls: a partner's estimated total cost in the pre-proposal (the lead, or that partner), until the pre-proposal deadline.")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        group.MapPut("/excluded-experts", (Guid id, ExcludedExpertsRequest request, SetExcludedExperts handler, HttpContext http, CancellationToken ct) =>
            WithIfMatch(http, expected => handler.Handle(id, request, expected, ct)))
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        group.MapPost("/attachments", async (Guid id, IFormFile? file, [FromForm] string? kind, UploadAttachment handler, CancellationToken ct) =>
            {
                await using var content = file?.OpenReadStream();
                var upload = file is null ? null : new AttachmentUpload(file.FileName, file.Length, content!);
                return (await handler.Handle(id, kind, upload, ct)).ToResult(a => TypedResults.Created($"/api/proposals/{id}/attachments/{a.Id}", a));
            })
            .DisableAntiforgery()
            .DocumentFormFieldAs<AttachmentKind>("kind")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        group.MapPut("/attachments/{attachmentId:guid}", async (Guid id, Guid attachmentId, IFormFile? file, ReplaceAttachment handler, CancellationToken ct) =>
            {
                await using var content = file?.OpenReadStream();
                var upload = file is null ? null : new AttachmentUpload(file.FileName, file.Length, content!);
                return (await handler.Handle(id, attachmentId, upload, ct)).ToResult();
            })
            .DisableAntiforgery()
            .WithDescription("Replaces an attachment's file (same kind) while the dossier can be edited; versions already submitted keep the old one.")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        group.MapDelete("/attachments/{attachmentId:guid}", async (Guid id, Guid attachmentId, RemoveAttachment handler, CancellationToken ct) =>
                (await handler.Handle(id, attachmentId, ct)).ToResult(TypedResults.NoContent))
            .WithDescription("Removes an attachment while the dossier can be edited; versions already submitted keep it.");

        group.MapGet("/attachments/{attachmentId:guid}", async (Guid id, Guid attachmentId, DownloadAttachment handler, CancellationToken ct) =>
            (await handler.Handle(id, attachmentId, ct)).ToResult(f => TypedResults.File(f.Bytes, f.ContentType, f.FileName)))
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf");

        group.MapGet("/eligibility", async (Guid id, GetEligibility handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult());

        group.MapPost("/submit", async (Guid id, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, SubmitProposal handler, CancellationToken ct) =>
                (await handler.Handle(id, idempotencyKey, ct)).ToResult())
            .RequireRateLimiting(SubmitRateLimit)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/withdraw", async (Guid id, WithdrawProposal handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult());

        group.MapPost("/carry-over", async (Guid id, CarryOverRequest request, CarryOverProposal handler, HttpContext http, CancellationToken ct) =>
                (await handler.Handle(id, request, ct)).ToResult(p => TypedResults.Created($"/api/proposals/{p.Id}", p).WithETag(http, p.ETag)))
            .WithDescription("The lead carries a Deferred or NotLabelled dossier over to another open call: a new draft there with the project, partners, budgets and attachments; both dossiers link to each other (carriedFrom, carriedTo).");

        group.MapPost("/screening", async (Guid id, ScreeningRequest request, ScreenProposal handler, CancellationToken ct) =>
                (await handler.Handle(id, request, ct)).ToResult())
            .RequireAuthorization(AuthSetup.ManagerPolicy);

        group.MapPost("/shortlist", async (Guid id, ShortlistRequest request, ShortlistProposal handler, CancellationToken ct) =>
                (await handler.Handle(id, request, ct)).ToResult())
            .RequireAuthorization(AuthSetup.ManagerPolicy)
            .WithDescription("Two-stage calls: once the pre-proposal deadline has passed, a manager invites a submitted pre-proposal to the full stage (InvitedToFullProposal) or not (NotInvited, feedback required); the consortium is told.");

        group.MapGet("/versions", async (Guid id, ListProposalVersions handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult());

        group.MapGet("/versions/{version:int}/snapshot", async (Guid id, int version, GetSubmittedSnapshot handler, CancellationToken ct) =>
            (await handler.Handle(id, version, ct)).ToResult(json => TypedResults.Text(json, "application/json", System.Text.Encoding.UTF8)))
            .Produces<System.Text.Json.JsonElement>(StatusCodes.Status200OK, "application/json");

        group.MapGet("/history", async (Guid id, GetProposalHistory handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult());

        group.MapGet("/messages", (Guid id, string? q, string? sort, ListMessages handler, CancellationToken ct) =>
                Paging.Search(q, sort, search => handler.Handle(id, search, ct)))
            .DocumentListSearch(ListMessages.Orders);

        group.MapPost("/messages", async (Guid id, PostMessageRequest request, PostMessage handler, CancellationToken ct) =>
            (await handler.Handle(id, request, ct)).ToResult(m => TypedResults.Created($"/api/proposals/{id}/messages", m)));

        group.MapGet("/correction-requests", async (Guid id, ListCorrectionRequests handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult());

        group.MapPost("/correction-requests", async (Guid id, CorrectionRequestBody request, RequestCorrection handler, CancellationToken ct) =>
            (await handler.Handle(id, request, ct)).ToResult(c => TypedResults.Created($"/api/proposals/{id}/correction-requests", c)));

        group.MapGet("/history/verify", async (Guid id, VerifyProposalHistory handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult());
    }

    private static async Task<Results<Ok<ProposalResponse>, ProblemHttpResult>> WithIfMatch(HttpContext http, Func<ExpectedVersion, Task<Result<ProposalResponse>>> action)
    {
        var expected = Preconditions.ReadIfMatch(http.Request);
        if (!expected.IsSuccess)
        {
            return expected.Error!.ToProblem();
        }

        return (await action(expected.Value)).ToResult(p => TypedResults.Ok(p).WithETag(http, p.ETag));
    }

    private static async Task<Results<Created<ProposalResponse>, ProblemHttpResult>> WithIfMatchCreated(HttpContext http, Func<ExpectedVersion, Task<Result<ProposalResponse>>> action)
    {
        var expected = Preconditions.ReadIfMatch(http.Request);
        if (!expected.IsSuccess)
        {
            return expected.Error!.ToProblem();
        }

        return (await action(expected.Value)).ToResult(p => TypedResults.Created($"/api/proposals/{p.Id}", p).WithETag(http, p.ETag));
    }
}

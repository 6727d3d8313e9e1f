using FundingPortal.Api.Auth;
using FundingPortal.Api.Http;
using FundingPortal.Api.Http.OpenApi;
using FundingPortal.Application.Reviews.Assignments;
using FundingPortal.Application.Reviews.Assignments.AcceptAssignment;
using FundingPortal.Application.Reviews.Assignments.AssignExpert;
using FundingPortal.Application.Reviews.Assignments.AutoAssign;
using FundingPortal.Application.Reviews.Assignments.DeclineAssignment;
using FundingPortal.Application.Reviews.Assignments.GetMyAssignment;
using FundingPortal.Application.Reviews.Assignments.ListExpertCandidates;
using FundingPortal.Application.Reviews.Assignments.ListMyAssignments;
using FundingPortal.Application.Reviews.Assignments.ListProposalAssignments;
using FundingPortal.Application.Reviews.Assignments.RemoveAssignment;
using FundingPortal.Application.Reviews.Evaluation.GetCallRanking;
using FundingPortal.Application.Reviews.Evaluation.GetEvaluation;
using FundingPortal.Application.Reviews.Experts;
using FundingPortal.Application.Reviews.Experts.CreateExpert;
using FundingPortal.Application.Reviews.Experts.DeclareConflict;
using FundingPortal.Application.Reviews.Experts.GetMyExpertProfile;
using FundingPortal.Application.Reviews.Experts.ListCallExperts;
using FundingPortal.Application.Reviews.Experts.ListExperts;
using FundingPortal.Application.Reviews.Reviewing;
using FundingPortal.Application.Reviews.Reviewing.GetReview;
using FundingPortal.Application.Reviews.Reviewing.SaveReviewDraft;
using FundingPortal.Application.Reviews.Reviewing.SubmitReview;

namespace FundingPortal.Api.Endpoints.Reviews;

/// <summary>Experts, conflicts of interest, assignments, reviews, evaluations and the ranking.</summary>
public static class ReviewEndpoints
{
    public static void MapReviewEndpoints(this IEndpointRouteBuilder app)
    {
        MapExperts(app);
        MapAssignments(app);
        MapReviews(app);
    }

    private static void MapExperts(IEndpointRouteBuilder app)
    {
        var experts = app.MapGroup("/api/experts").RequireAuthorization().WithTags("Experts");
        experts.MapPost("/", async (CreateExpertRequest request, CreateExpert handler, CancellationToken ct) =>
                (await handler.Handle(request, ct)).ToResult(e => TypedResults.Created($"/api/experts/{e.Id}", e)))
            .RequireAuthorization(AuthSetup.ManagerPolicy);
        experts.MapGet("/", async (Guid? callId, ListExperts handler, CancellationToken ct) => TypedResults.Ok(await handler.Handle(callId, ct)))
            .RequireAuthorization(AuthSetup.ManagerPolicy);
        experts.MapGet("/me", async (GetMyExpertProfile handler, CancellationToken ct) => (await handler.Handle(ct)).ToResult());
        experts.MapPost("/me/conflicts", async (DeclareConflictRequest request, DeclareConflict handler, CancellationToken ct) =>
            (await handler.Handle(request, ct)).ToResult(c => TypedResults.Created($"/api/experts/me/conflicts/{c.Id}", c)));

        app.MapGet("/api/calls/{id:guid}/experts", async (Guid id, ListCallExperts handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult())
            .RequireAuthorization().WithTags("Calls");
    }

    private static void MapAssignments(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/calls/{id:guid}/assignments/auto", async (Guid id, AutoAssign handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult())
            .RequireAuthorization(AuthSetup.ManagerPolicy).WithTags("Calls");

        var ofProposal = app.MapGroup("/api/proposals/{id:guid}").RequireAuthorization(AuthSetup.ManagerPolicy).WithTags("Assignments");
        ofProposal.MapPost("/assignments", async (Guid id, AssignExpertRequest request, AssignExpert handler, CancellationToken ct) =>
            (await handler.Handle(id, request, ct)).ToResult(a => TypedResults.Created($"/api/proposals/{id}/assignments/{a.Id}", a)));
        ofProposal.MapGet("/assignments", async (Guid id, ListProposalAssignments handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult());
        ofProposal.MapDelete("/assignments/{assignmentId:guid}", async (Guid id, Guid assignmentId, RemoveAssignment handler, CancellationToken ct) =>
            (await handler.Handle(id, assignmentId, ct)).ToResult(_ => TypedResults.NoContent()));
        ofProposal.MapGet("/expert-candidates", async (Guid id, ListExpertCandidates handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult());

        var mine = app.MapGroup("/api/assignments").RequireAuthorization().WithTags("Assignments");
        mine.MapGet("/", (int? limit, string? cursor, string? q, string? sort, ListMyAssignments handler, CancellationToken ct) =>
            Paging.Read(limit, cursor, q, sort, (search, page) => handler.Handle(search, page, ct)))
            .DocumentListSearch(AssignmentViews.Orders);
        mine.MapGet("/{id:guid}", async (Guid id, GetMyAssignment handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult());
        mine.MapPost("/{id:guid}/accept", async (Guid id, AcceptAssignment handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult());
        mine.MapPost("/{id:guid}/decline", async (Guid id, DeclineRequest request, DeclineAssignment handler, CancellationToken ct) =>
            (await handler.Handle(id, request, ct)).ToResult());
    }

    private static void MapReviews(IEndpointRouteBuilder app)
    {
        var review = app.MapGroup("/api/assignments/{id:guid}/review").RequireAuthorization().WithTags("Reviews");
        review.MapGet("/", async (Guid id, GetReview handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult());
        review.MapPut("/", async (Guid id, ReviewRequest request, SaveReviewDraft handler, CancellationToken ct) =>
            (await handler.Handle(id, request, ct)).ToResult());
        review.MapPost("/submit", async (Guid id, SubmitReview handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult())
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        app.MapGet("/api/proposals/{id:guid}/evaluation", async (Guid id, GetEvaluation handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult())
            .RequireAuthorization().WithTags("Reviews");
        app.MapGet("/api/calls/{id:guid}/ranking", (Guid id, int? limit, string? cursor, string? sort, GetCallRanking ranking, CancellationToken ct) =>
                Paging.Read(limit, cursor, null, sort, (search, page) => ranking.Handle(id, search, page, ct)))
            .RequireAuthorization(AuthSetup.ManagerPolicy).WithTags("Calls").DocumentListSearch(GetCallRanking.Orders);
    }
}

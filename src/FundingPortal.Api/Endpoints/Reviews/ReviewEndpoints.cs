using FundingPortal.Api.Auth;
using FundingPortal.Api.Http;
using FundingPortal.Application.Reviews.Assignments;
using FundingPortal.Application.Reviews.Evaluation;
using FundingPortal.Application.Reviews.Experts;
using FundingPortal.Application.Reviews.Reviewing;

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
        experts.MapGet("/", async (Guid? callId, ExpertQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.All(callId, ct)))
            .RequireAuthorization(AuthSetup.ManagerPolicy);
        experts.MapGet("/me", async (ExpertQueries queries, CancellationToken ct) => (await queries.Me(ct)).ToResult());
        experts.MapPost("/me/conflicts", async (DeclareConflictRequest request, DeclareConflict handler, CancellationToken ct) =>
            (await handler.Handle(request, ct)).ToResult(c => TypedResults.Created($"/api/experts/me/conflicts/{c.Id}", c)));

        app.MapGet("/api/calls/{id:guid}/experts", async (Guid id, ExpertQueries queries, CancellationToken ct) => (await queries.OfCall(id, ct)).ToResult())
            .RequireAuthorization().WithTags("Calls");
    }

    private static void MapAssignments(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/calls/{id:guid}/assignments/auto", async (Guid id, AutoAssign handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult())
            .RequireAuthorization(AuthSetup.ManagerPolicy).WithTags("Calls");

        var ofProposal = app.MapGroup("/api/proposals/{id:guid}").RequireAuthorization(AuthSetup.ManagerPolicy).WithTags("Assignments");
        ofProposal.MapPost("/assignments", async (Guid id, AssignExpertRequest request, AssignExpert handler, CancellationToken ct) =>
            (await handler.Handle(id, request, ct)).ToResult(a => TypedResults.Created($"/api/proposals/{id}/assignments/{a.Id}", a)));
        ofProposal.MapGet("/assignments", async (Guid id, AssignmentQueries queries, CancellationToken ct) => (await queries.OfProposal(id, ct)).ToResult());
        ofProposal.MapDelete("/assignments/{assignmentId:guid}", async (Guid id, Guid assignmentId, RemoveAssignment handler, CancellationToken ct) =>
            (await handler.Handle(id, assignmentId, ct)).ToResult(_ => TypedResults.NoContent()));
        ofProposal.MapGet("/expert-candidates", async (Guid id, AssignmentQueries queries, CancellationToken ct) => (await queries.Candidates(id, ct)).ToResult());

        var mine = app.MapGroup("/api/assignments").RequireAuthorization().WithTags("Assignments");
        mine.MapGet("/", async (AssignmentQueries queries, CancellationToken ct) => (await queries.MyAssignments(ct)).ToResult());
        mine.MapGet("/{id:guid}", async (Guid id, AssignmentQueries queries, CancellationToken ct) => (await queries.Mine(id, ct)).ToResult());
        mine.MapPost("/{id:guid}/accept", async (Guid id, RespondToAssignment handler, CancellationToken ct) => (await handler.Accept(id, ct)).ToResult());
        mine.MapPost("/{id:guid}/decline", async (Guid id, DeclineRequest request, RespondToAssignment handler, CancellationToken ct) =>
            (await handler.Decline(id, request, ct)).ToResult());
    }

    private static void MapReviews(IEndpointRouteBuilder app)
    {
        var review = app.MapGroup("/api/assignments/{id:guid}/review").RequireAuthorization().WithTags("Reviews");
        review.MapGet("/", async (Guid id, ReviewWriting reviews, CancellationToken ct) => (await reviews.Get(id, ct)).ToResult());
        review.MapPut("/", async (Guid id, ReviewRequest request, ReviewWriting reviews, CancellationToken ct) =>
            (await reviews.SaveDraft(id, request, ct)).ToResult());
        review.MapPost("/submit", async (Guid id, ReviewWriting reviews, CancellationToken ct) => (await reviews.Submit(id, ct)).ToResult());

        app.MapGet("/api/proposals/{id:guid}/evaluation", async (Guid id, GetEvaluation handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult())
            .RequireAuthorization().WithTags("Reviews");
        app.MapGet("/api/calls/{id:guid}/ranking", async (Guid id, CallRanking ranking, CancellationToken ct) => (await ranking.Handle(id, ct)).ToResult())
            .RequireAuthorization(AuthSetup.ManagerPolicy).WithTags("Calls");
    }
}

using FundingPortal.Api.Http;
using FundingPortal.Application.Committees;
using FundingPortal.Application.Committees.CloseCommitteeSession;
using FundingPortal.Application.Committees.GetCommitteeSession;
using FundingPortal.Application.Committees.ListCommitteeSessions;
using FundingPortal.Application.Committees.RecordCommitteeVote;
using FundingPortal.Application.Committees.RecordRecusal;
using FundingPortal.Application.Committees.ScheduleCommitteeSession;

namespace FundingPortal.Api.Endpoints.Committees;

/// <summary>Labelling committee sessions. Managers only; the use cases answer 404 to anyone else, as for a session that does not exist.</summary>
public static class CommitteeEndpoints
{
    public static void MapCommitteeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/calls/{id:guid}/committee-sessions", async (Guid id, ScheduleCommitteeSessionRequest request, ScheduleCommitteeSession handler, CancellationToken ct) =>
                (await handler.Handle(id, request, ct)).ToResult(s => TypedResults.Created($"/api/committee-sessions/{s.Id}", s)))
            .RequireAuthorization().WithTags("Committees")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        app.MapGet("/api/calls/{id:guid}/committee-sessions", async (Guid id, ListCommitteeSessions handler, CancellationToken ct) =>
                (await handler.Handle(id, ct)).ToResult())
            .RequireAuthorization().WithTags("Committees");

        var session = app.MapGroup("/api/committee-sessions/{id:guid}").RequireAuthorization().WithTags("Committees");
        session.MapGet("/", async (Guid id, GetCommitteeSession handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult());
        session.MapPost("/recusals", async (Guid id, RecusalRequest request, RecordRecusal handler, CancellationToken ct) =>
            (await handler.Handle(id, request, ct)).ToResult());
        session.MapPost("/votes", async (Guid id, CommitteeVoteRequest request, RecordCommitteeVote handler, CancellationToken ct) =>
            (await handler.Handle(id, request, ct)).ToResult());
        session.MapPost("/close", async (Guid id, CloseCommitteeSession handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult())
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}

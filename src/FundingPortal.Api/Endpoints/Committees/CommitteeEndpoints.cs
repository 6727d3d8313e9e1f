using FundingPortal.Api.Http;
using FundingPortal.Application.Committees;
using FundingPortal.Application.Committees.AddCommitteeMember;
using FundingPortal.Application.Committees.GetAgendaItemEvaluation;
using FundingPortal.Application.Committees.InviteCommitteeMember;
using FundingPortal.Application.Committees.ListCommitteeCandidates;
using FundingPortal.Application.Committees.ListMyCommitteeSessions;
using FundingPortal.Application.Organisations.Invitations;
using FundingPortal.Application.Committees.CloseCommitteeSession;
using FundingPortal.Application.Committees.GetCommitteeSession;
using FundingPortal.Application.Committees.ListCommitteeSessions;
using FundingPortal.Application.Committees.RecordCommitteeVote;
using FundingPortal.Application.Committees.RecordRecusal;
using FundingPortal.Application.Committees.ScheduleCommitteeSession;

namespace FundingPortal.Api.Endpoints.Committees;

/// <summary>
/// Labelling committee sessions. Managers run them; a session's members read it (and its evaluations) while it is
/// open. The use cases answer 404 to anyone else, as for a session that does not exist.
/// </summary>
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

        app.MapPost("/api/calls/{id:guid}/committee-invitations", async (Guid id, InvitationRequest request, InviteCommitteeMember handler, CancellationToken ct) =>
                (await handler.Handle(id, request, ct)).ToResult(i => TypedResults.Created($"/api/invitations/{i.Id}", i)))
            .RequireAuthorization().WithTags("Committees")
            .ProducesProblem(StatusCodes.Status409Conflict);
        app.MapGet("/api/calls/{id:guid}/committee-members", async (Guid id, ListCommitteeCandidates handler, CancellationToken ct) =>
                (await handler.Handle(id, ct)).ToResult())
            .RequireAuthorization().WithTags("Committees");
        app.MapGet("/api/me/committee-sessions", async (ListMyCommitteeSessions handler, CancellationToken ct) => TypedResults.Ok(await handler.Handle(ct)))
            .RequireAuthorization().WithTags("Committees");

        var session = app.MapGroup("/api/committee-sessions/{id:guid}").RequireAuthorization().WithTags("Committees");
        session.MapGet("/", async (Guid id, GetCommitteeSession handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult());
        session.MapPost("/recusals", async (Guid id, RecusalRequest request, RecordRecusal handler, CancellationToken ct) =>
            (await handler.Handle(id, request, ct)).ToResult());
        session.MapPost("/votes", async (Guid id, CommitteeVoteRequest request, RecordCommitteeVote handler, CancellationToken ct) =>
            (await handler.Handle(id, request, ct)).ToResult());
        session.MapPost("/members", async (Guid id, AddCommitteeMemberRequest request, AddCommitteeMember handler, CancellationToken ct) =>
            (await handler.Handle(id, request, ct)).ToResult());
        session.MapGet("/agenda/{proposalId:guid}/evaluation", async (Guid id, Guid proposalId, GetAgendaItemEvaluation handler, CancellationToken ct) =>
            (await handler.Handle(id, proposalId, ct)).ToResult());
        session.MapPost("/close", async (Guid id, CloseCommitteeSession handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult())
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}

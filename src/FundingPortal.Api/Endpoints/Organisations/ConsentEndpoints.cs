using FundingPortal.Api.Http;
using FundingPortal.Application.Organisations.Invitations;
using FundingPortal.Application.Organisations.Invitations.AcceptInvitation;
using FundingPortal.Application.Organisations.Invitations.DeclineInvitation;
using FundingPortal.Application.Organisations.Invitations.InviteColleague;
using FundingPortal.Application.Organisations.Invitations.ListMyInvitations;
using FundingPortal.Application.Organisations.Invitations.ListOrganisationInvitations;
using FundingPortal.Application.Organisations.Invitations.RevokeInvitation;
using FundingPortal.Application.Organisations.JoinRequests;
using FundingPortal.Application.Organisations.JoinRequests.DecideJoinRequest;
using FundingPortal.Application.Organisations.JoinRequests.ListJoinRequests;
using FundingPortal.Application.Organisations.JoinRequests.ListMyJoinRequests;
using FundingPortal.Application.Organisations.JoinRequests.RequestToJoin;
using FundingPortal.Application.Proposals.InvitePartner;
using FundingPortal.Application.Proposals.ListPartnerInvitations;

namespace FundingPortal.Api.Endpoints.Organisations;

/// <summary>Invitations (organisation and partner) and join requests: nobody joins anything without saying yes.</summary>
public static class ConsentEndpoints
{
    public static void MapConsentEndpoints(this IEndpointRouteBuilder app)
    {
        var organisations = app.MapGroup("/api/organisations/{id:guid}").RequireAuthorization().WithTags("Organisations");
        organisations.MapPost("/invitations", async (Guid id, InvitationRequest request, InviteColleague handler, CancellationToken ct) =>
            (await handler.Handle(id, request, ct)).ToResult(i => TypedResults.Created($"/api/invitations/{i.Id}", i)));
        organisations.MapGet("/invitations", async (Guid id, ListOrganisationInvitations handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult());
        organisations.MapPost("/join-requests", async (Guid id, JoinRequestRequest request, RequestToJoin handler, CancellationToken ct) =>
            (await handler.Handle(id, request, ct)).ToResult(r => TypedResults.Created($"/api/join-requests/{r.Id}", r)));
        organisations.MapGet("/join-requests", async (Guid id, ListJoinRequests handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult());

        var proposals = app.MapGroup("/api/proposals/{id:guid}/partner-invitations").RequireAuthorization().WithTags("Proposals");
        proposals.MapPost("/", async (Guid id, PartnerInvitationRequest request, InvitePartner handler, CancellationToken ct) =>
            (await handler.Handle(id, request, ct)).ToResult(i => TypedResults.Created($"/api/invitations/{i.Id}", i)));
        proposals.MapGet("/", async (Guid id, ListPartnerInvitations handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult());

        var me = app.MapGroup("/api/me").RequireAuthorization().WithTags("Accounts");
        me.MapGet("/invitations", async (ListMyInvitations handler, CancellationToken ct) => TypedResults.Ok(await handler.Handle(ct)));
        me.MapGet("/join-requests", async (ListMyJoinRequests handler, CancellationToken ct) => TypedResults.Ok(await handler.Handle(ct)));

        var invitations = app.MapGroup("/api/invitations/{id:guid}").RequireAuthorization().WithTags("Accounts");
        invitations.MapPost("/accept", async (Guid id, AcceptInvitation handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult())
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        invitations.MapPost("/decline", async (Guid id, DeclineInvitation handler, CancellationToken ct) =>
            (await handler.Handle(id, ct)).ToResult(TypedResults.NoContent));
        invitations.MapPost("/revoke", async (Guid id, RevokeInvitation handler, CancellationToken ct) =>
            (await handler.Handle(id, ct)).ToResult(TypedResults.NoContent));

        var joinRequests = app.MapGroup("/api/join-requests/{id:guid}").RequireAuthorization().WithTags("Organisations");
        joinRequests.MapPost("/approve", async (Guid id, DecideJoinRequest handler, CancellationToken ct) => (await handler.Handle(id, approve: true, ct)).ToResult());
        joinRequests.MapPost("/reject", async (Guid id, DecideJoinRequest handler, CancellationToken ct) => (await handler.Handle(id, approve: false, ct)).ToResult());
    }
}

using FundingPortal.Api.Http;
using FundingPortal.Api.Http.OpenApi;
using FundingPortal.Application.Organisations.CreateOrganisation;
using FundingPortal.Application.Organisations.FindOrganisations;
using FundingPortal.Application.Organisations.GetOrganisation;
using FundingPortal.Application.Organisations.Invitations;
using FundingPortal.Application.Organisations.Invitations.InviteColleague;
using FundingPortal.Application.Organisations.ListMembers;

namespace FundingPortal.Api.Endpoints.Organisations;

public sealed record MemberInvitationResponse(Guid InvitationId);

public static class OrganisationEndpoints
{
    public static void MapOrganisationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/organisations").RequireAuthorization().WithTags("Organisations");

        group.MapPost("/", async (CreateOrganisationRequest request, CreateOrganisation handler, CancellationToken ct) =>
            (await handler.Handle(request, ct)).ToResult(o => TypedResults.Created($"/api/organisations/{o.Id}", o)));

        group.MapGet("/{id:guid}", async (Guid id, GetOrganisation handler, CancellationToken ct) =>
            (await handler.Handle(id, ct)).ToResult());

        // `name` is the finder's first search parameter, kept beside the lists' `q`.
        group.MapGet("/", (string? siren, string? name, string? q, string? sort, int? limit, string? cursor, FindOrganisations handler, HttpContext http,
                CancellationToken ct) =>
                Paging.ReadArray(http, limit, cursor, q ?? name, sort, (search, page) => handler.Handle(siren, search, page, ct)))
            .DocumentListSearch(FindOrganisations.Orders).DocumentArrayPaging();

        // Kept for integrators: it now invites (202), and answers the same whether or not the address has an account.
        group.MapPost("/{id:guid}/members", async (Guid id, InvitationRequest request, InviteColleague handler, CancellationToken ct) =>
            (await handler.Handle(id, request, ct)).ToResult(i => TypedResults.Accepted((string?)null, new MemberInvitationResponse(i.Id))));

        group.MapGet("/{id:guid}/members", async (Guid id, ListMembers handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult());
    }
}

using FundingPortal.Api.Http;
using FundingPortal.Application.Organisations;

namespace FundingPortal.Api.Endpoints;

public static class OrganisationEndpoints
{
    public static void MapOrganisationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/organisations").RequireAuthorization().WithTags("Organisations");

        group.MapPost("/", async (CreateOrganisationRequest request, CreateOrganisation handler, CancellationToken ct) =>
            (await handler.Handle(request, ct)).ToResult(o => TypedResults.Created($"/api/organisations/{o.Id}", o)));

        group.MapGet("/{id:guid}", async (Guid id, GetOrganisation handler, CancellationToken ct) =>
            (await handler.Handle(id, ct)).ToResult());

        group.MapGet("/", async (string? siren, string? name, FindOrganisations handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.Handle(siren, name, ct)));

        group.MapPost("/{id:guid}/members", async (Guid id, AddMemberRequest request, AddMember handler, CancellationToken ct) =>
            (await handler.Handle(id, request, ct)).ToResult(TypedResults.NoContent));
    }
}

using FundingPortal.Api.Auth;
using FundingPortal.Api.Http;
using FundingPortal.Api.Http.OpenApi;
using FundingPortal.Application.Accounts.ListUsers;
using FundingPortal.Application.Accounts.CreateApiToken;
using FundingPortal.Application.Accounts.GetMySettings;
using FundingPortal.Application.Accounts.ListApiTokens;
using FundingPortal.Application.Accounts.RevokeApiToken;
using FundingPortal.Application.Accounts.SetUserRoles;
using FundingPortal.Application.Accounts.UpdateMySettings;

namespace FundingPortal.Api.Endpoints.Accounts;

public sealed record MeResponse(Guid UserId, string Email, IReadOnlyCollection<string> Roles, Guid? OrganisationId, Guid? FunderId, Guid? ExpertId,
    bool EmailConfirmed, bool MfaEnabled, bool MfaEnrolmentRequired);

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me", (HttpCurrentUser me, MfaEnrolmentGate gate) =>
                TypedResults.Ok(new MeResponse(me.UserId, me.Email, me.Roles, me.OrganisationId, me.FunderId, me.ExpertId,
                    me.EmailConfirmed, me.MfaEnabled, gate.MustEnrol(me.Context))))
            .RequireAuthorization().WithTags("Accounts");

        var settings = app.MapGroup("/api/me/settings").RequireAuthorization().WithTags("Accounts");
        settings.MapGet("/", async (GetMySettings handler, CancellationToken ct) => TypedResults.Ok(await handler.Handle(ct)));
        settings.MapPut("/", async (UpdateSettingsRequest request, UpdateMySettings handler, CancellationToken ct) =>
            (await handler.Handle(request, ct)).ToResult());

        var tokens = app.MapGroup("/api/me/api-tokens").RequireAuthorization().WithTags("Accounts");
        tokens.MapPost("/", async (CreateApiTokenRequest request, CreateApiToken handler, CancellationToken ct) =>
            (await handler.Handle(request, ct)).ToResult(t => TypedResults.Created($"/api/me/api-tokens/{t.Id}", t)));
        tokens.MapGet("/", async (ListApiTokens handler, CancellationToken ct) => TypedResults.Ok(await handler.Handle(ct)));
        tokens.MapDelete("/{id:guid}", async (Guid id, RevokeApiToken handler, CancellationToken ct) =>
            (await handler.Handle(id, ct)).ToResult(TypedResults.NoContent));

        var admin = app.MapGroup("/api/admin/users").RequireAuthorization(AuthSetup.ManagerPolicy).WithTags("Accounts");
        // `email` is the contract's first search parameter, kept beside the lists' `q`.
        admin.MapGet("/", (string? email, string? q, string? sort, int? limit, string? cursor, ListUsers handler, HttpContext http, CancellationToken ct) =>
                Paging.ReadArray(http, limit, cursor, q ?? email, sort, (search, page) => handler.Handle(search, page, ct)))
            .DocumentListSearch(ListUsers.Orders).DocumentArrayPaging();
        admin.MapPut("/{userId:guid}/roles", async (Guid userId, SetRolesRequest request, SetUserRoles handler, CancellationToken ct) =>
            (await handler.Handle(userId, request, ct)).ToResult());
    }
}

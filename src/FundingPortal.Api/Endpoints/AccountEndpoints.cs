using FundingPortal.Api.Auth;
using FundingPortal.Api.Http;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Domain.Common;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Api.Endpoints;

public sealed record MeResponse(Guid UserId, string Email, IReadOnlyCollection<string> Roles, Guid? OrganisationId, Guid? FunderId, Guid? ExpertId,
    bool EmailConfirmed, bool MfaEnabled, bool MfaEnrolmentRequired);

public sealed record SetRolesRequest(IReadOnlyList<string>? Roles, Guid? FunderId);

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me", (HttpCurrentUser me, MfaEnrolmentGate gate) =>
                TypedResults.Ok(new MeResponse(me.UserId, me.Email, me.Roles, me.OrganisationId, me.FunderId, me.ExpertId,
                    me.EmailConfirmed, me.MfaEnabled, gate.MustEnrol(me.Context))))
            .RequireAuthorization().WithTags("Accounts");

        var admin = app.MapGroup("/api/admin/users").RequireAuthorization(AuthSetup.ManagerPolicy).WithTags("Accounts");
        admin.MapGet("/", async (string? email, IUserDirectory users, CancellationToken ct) =>
            TypedResults.Ok((await users.SearchAsync(email, 200, ct)).Select(u => new { u.UserId, u.Email, u.Roles, u.OrganisationId, u.FunderId })));
        admin.MapPut("/{userId:guid}/roles", SetRoles);
    }

    private static async Task<IResult> SetRoles(Guid userId, SetRolesRequest request, IUserDirectory users, AppDbContext db, CancellationToken ct)
    {
        var roles = request.Roles ?? [];
        var unknown = roles.Where(r => !Roles.All.Contains(r)).ToList();
        if (unknown.Count > 0)
        {
            return Error.Field("roles", "unknown_role", $"Unknown role(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", Roles.All)}.").ToProblem();
        }

        if (roles.Contains(Roles.FunderOfficer))
        {
            if (request.FunderId is not { } funderId)
            {
                return Error.Field("funderId", "funder_required", "A funder officer must be bound to a funder (funderId).").ToProblem();
            }

            if (!await db.Funders.AnyAsync(f => f.Id == funderId, ct))
            {
                return Error.Field("funderId", "unknown_funder", "This funder does not exist.").ToProblem();
            }
        }

        var result = await users.SetRolesAsync(userId, roles.Distinct().ToList(), request.FunderId, ct);
        if (!result.IsSuccess)
        {
            return result.Error!.ToProblem();
        }

        var user = await users.FindByIdAsync(userId, ct);
        return TypedResults.Ok(new { user!.UserId, user.Email, user.Roles, user.FunderId });
    }
}

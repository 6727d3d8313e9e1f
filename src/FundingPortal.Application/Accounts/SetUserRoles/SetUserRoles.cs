using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Accounts.SetUserRoles;

public sealed record SetRolesRequest(IReadOnlyList<string>? Roles, Guid? FunderId);

public sealed record UserRolesResponse(Guid UserId, string Email, IReadOnlyList<string> Roles, Guid? FunderId);

/// <summary>A manager sets a user's roles; granting a staff role (expert, funder officer, manager) needs a confirmed address.</summary>
public sealed class SetUserRoles(IAppDbContext db, IUserDirectory users)
{
    public async Task<Result<UserRolesResponse>> Handle(Guid userId, SetRolesRequest request, CancellationToken ct)
    {
        var roles = (request.Roles ?? []).Distinct().ToList();
        var unknown = roles.Where(r => !Roles.All.Contains(r)).ToList();
        if (unknown.Count > 0)
        {
            return Error.Field("roles", "unknown_role", $"Unknown role(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", Roles.All)}.");
        }

        if (roles.Contains(Roles.FunderOfficer))
        {
            if (request.FunderId is not { } funderId)
            {
                return Error.Field("funderId", "funder_required", "A funder officer must be bound to a funder (funderId).");
            }

            if (!await db.Funders.AnyAsync(f => f.Id == funderId, ct))
            {
                return Error.Field("funderId", "unknown_funder", "This funder does not exist.");
            }
        }

        var user = await users.FindByIdAsync(userId, ct);
        if (user is null)
        {
            return Error.NotFound("User");
        }

        if (roles.Contains(Roles.CommitteeMember) && !user.Roles.Contains(Roles.CommitteeMember))
        {
            return Error.Field("roles", "consent_required",
                "A committee member is named by an invitation to a call's committee that the person accepts; the role cannot be given directly.");
        }

        if (roles.Any(r => r != Roles.Applicant && !user.Roles.Contains(r)))
        {
            var gate = EmailConfirmationGate.Check(user, "being given a staff role");
            if (!gate.IsSuccess)
            {
                return gate.Error!;
            }
        }

        var set = await users.SetRolesAsync(userId, roles, request.FunderId, ct);
        if (!set.IsSuccess)
        {
            return set.Error!;
        }

        var updated = await users.FindByIdAsync(userId, ct);
        return new UserRolesResponse(updated!.UserId, updated.Email, updated.Roles, updated.FunderId);
    }
}

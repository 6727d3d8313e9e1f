using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Clusters;
using FundingPortal.Application.Common;
using FundingPortal.Domain.Clusters;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Accounts.SetUserRoles;

public sealed record SetRolesRequest(IReadOnlyList<string>? Roles, Guid? FunderId, Guid? ClusterId = null);

public sealed record UserRolesResponse(Guid UserId, string Email, IReadOnlyList<string> Roles, Guid? FunderId, Guid? ClusterId = null);

/// <summary>
/// A manager sets a user's roles; granting a staff role (expert, funder officer, manager) needs a confirmed address. A
/// manager belongs to one cluster (clusterId, the caller's by default): only the platform's administrators (managers of
/// the first cluster) place managers in, or change the roles of managers of, another cluster than their own (ADR 0029).
/// </summary>
public sealed class SetUserRoles(IAppDbContext db, IUserDirectory users, ManagerScope scope)
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

        var placed = await PlaceManager(userId, roles.Contains(Roles.ClusterManager), request.ClusterId, ct);
        if (!placed.IsSuccess)
        {
            return placed.Error!;
        }

        var set = await users.SetRolesAsync(userId, roles, request.FunderId, ct);
        if (!set.IsSuccess)
        {
            return set.Error!;
        }

        await db.SaveChangesAsync(ct);
        var updated = await users.FindByIdAsync(userId, ct);
        var cluster = updated!.Roles.Contains(Roles.ClusterManager) ? placed.Value : null;
        return new UserRolesResponse(updated.UserId, updated.Email, updated.Roles, updated.FunderId, cluster);
    }

    /// <summary>Keeps the user's cluster membership in step with the manager role; null when the user is no manager.</summary>
    private async Task<Result<Guid?>> PlaceManager(Guid userId, bool manager, Guid? requested, CancellationToken ct)
    {
        var own = await scope.ClusterAsync(ct);
        var admin = await scope.IsPlatformAdminAsync(ct);
        var membership = await db.ManagerMemberships.FirstOrDefaultAsync(m => m.UserId == userId, ct);
        var isManagerNow = (await users.FindByIdAsync(userId, ct))?.Roles.Contains(Roles.ClusterManager) == true;
        var current = isManagerNow ? membership?.ClusterId ?? Cluster.FirstId : (Guid?)null;
        if (current is { } theirs && theirs != own && !admin)
        {
            return OtherCluster();
        }

        if (!manager)
        {
            if (membership is not null)
            {
                db.ManagerMemberships.Remove(membership);
            }

            return (Guid?)null;
        }

        var cluster = requested ?? own ?? Cluster.FirstId;
        if (!await db.Clusters.AnyAsync(c => c.Id == cluster, ct))
        {
            return Error.Field("clusterId", "unknown_cluster", "This cluster does not exist.");
        }

        if (cluster != own && !admin)
        {
            return OtherCluster();
        }

        if (membership is null)
        {
            db.ManagerMemberships.Add(ManagerMembership.Of(userId, cluster));
        }
        else
        {
            membership.MoveTo(cluster);
        }

        return cluster;
    }

    private static Error OtherCluster() =>
        new("other_cluster", "Only the platform's administrators place managers in another cluster than their own.", ErrorKind.Forbidden);
}

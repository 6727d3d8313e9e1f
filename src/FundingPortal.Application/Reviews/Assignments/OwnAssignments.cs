using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Reviews.Conflicts;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Assignments;

/// <summary>Loads an assignment for the expert it belongs to; anyone else gets a 404, as for a dossier they cannot see.</summary>
public sealed class OwnAssignments(IAppDbContext db, ICurrentUser user, ConflictProfiles conflicts)
{
    public async Task<Result<ReviewAssignment>> Load(Guid assignmentId, CancellationToken ct)
    {
        if (user.ExpertId is not { } expertId)
        {
            return Error.NotFound("Assignment");
        }

        var assignment = await db.ReviewAssignments.FirstOrDefaultAsync(a => a.Id == assignmentId && a.ExpertId == expertId, ct);
        return assignment is null ? Error.NotFound("Assignment") : assignment;
    }

    /// <summary>An expert found conflicted after the fact (a declaration, an exclusion) may only decline.</summary>
    public async Task<Result> EnsureNotConflicted(ReviewAssignment assignment, Proposal proposal, CancellationToken ct)
    {
        var expert = await db.Experts.AsNoTracking().Include(e => e.DeclaredConflicts).FirstAsync(e => e.Id == assignment.ExpertId, ct);
        return await conflicts.Detect(expert, proposal, ct) is { } conflict
            ? Error.Conflict("conflict_of_interest", conflict.Message).With("reason", conflict.Code)
            : Result.Success();
    }
}

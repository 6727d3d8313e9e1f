using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Reviews.Conflicts;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Assignments;

/// <summary>
/// Loads an assignment for the expert it belongs to; anyone else gets a 404, as for a dossier they cannot see. So does
/// the expert once a conflict with the dossier is declared or detected: the assignment, its review and the dossier no
/// longer exist for them (a manager removes or reassigns it).
/// </summary>
public sealed class OwnAssignments(IAppDbContext db, ICurrentUser user, ConflictedProposals conflicted)
{
    public async Task<Result<ReviewAssignment>> Load(Guid assignmentId, CancellationToken ct)
    {
        if (user.ExpertId is not { } expertId)
        {
            return Error.NotFound("Assignment");
        }

        var assignment = await db.ReviewAssignments.FirstOrDefaultAsync(a => a.Id == assignmentId && a.ExpertId == expertId, ct);
        return assignment is null || await conflicted.With(expertId, assignment.ProposalId, ct) ? Error.NotFound("Assignment") : assignment;
    }

}

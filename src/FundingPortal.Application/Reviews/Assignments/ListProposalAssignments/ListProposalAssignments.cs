using FundingPortal.Application.Clusters;
using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Assignments.ListProposalAssignments;

public sealed class ListProposalAssignments(ManagerScope scope, IAppDbContext db)
{
    public async Task<Result<IReadOnlyList<AssignmentDto>>> Handle(Guid proposalId, CancellationToken ct)
    {
        if (!await scope.ManagedProposals().AnyAsync(p => p.Id == proposalId, ct))
        {
            return Error.NotFound("Proposal");
        }

        var rows = await db.ReviewAssignments.AsNoTracking().Where(a => a.ProposalId == proposalId)
            .Join(db.Experts, a => a.ExpertId, e => e.Id, (a, e) => new { Assignment = a, e.DisplayName })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Assignment.AssignedAt).ThenBy(r => r.Assignment.Id).Select(r => AssignmentDto.From(r.Assignment, r.DisplayName)).ToList();
    }
}

using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Paging;
using FundingPortal.Application.Reviews.Conflicts;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Assignments;

/// <summary>The signed-in expert's assignments as they see them: a dossier they declared a conflict with is hidden.</summary>
public sealed class AssignmentViews(IAppDbContext db, ICurrentUser user, ConflictedProposals conflicted, CreatedAtKeyset keyset)
{
    /// <summary>A page of the expert's assignments, the latest first (keyset on the assignment's instant and id).</summary>
    public async Task<Result<Page<MyAssignmentDto>>> ListMine(PageRequest page, CancellationToken ct)
    {
        if (user.ExpertId is not { } expertId)
        {
            return Error.Forbidden("Only experts have assignments.");
        }

        var rows = db.ReviewAssignments.AsNoTracking().Where(a => a.ExpertId == expertId)
            .Join(db.Proposals, a => a.ProposalId, p => p.Id, (a, p) => new { Assignment = a, Proposal = p });
        var read = await keyset.Read("assignments", rows, r => r.Assignment.AssignedAt, r => r.Assignment.Id, r => new MyAssignmentDto(r.Assignment.Id,
            r.Assignment.ProposalId, r.Proposal.Reference, r.Proposal.Acronym, r.Proposal.Title, r.Assignment.CallId, r.Assignment.Status, r.Assignment.DueAt,
            r.Proposal.Status, r.Assignment.LockedAt != null), page, ct);
        if (!read.IsSuccess)
        {
            return read.Error!;
        }

        var mine = read.Value.Items;
        var hidden = await conflicted.Among(expertId, mine.Select(a => a.ProposalId).Distinct().ToList(), ct);
        return new Page<MyAssignmentDto>(mine.Where(a => !hidden.Contains(a.ProposalId)).ToList(), read.Value.NextCursor);
    }

    public async Task<Result<MyAssignmentDto>> Mine(Guid assignmentId, CancellationToken ct)
    {
        if (user.ExpertId is not { } expertId || await MyQuery(expertId, assignmentId).FirstOrDefaultAsync(ct) is not { } found
            || await conflicted.With(expertId, found.ProposalId, ct))
        {
            return Error.NotFound("Assignment");
        }

        return found;
    }

    /// <summary>The assignment as the expert just left it, even when their answer (a declared conflict) hides it from now on.</summary>
    public async Task<Result<MyAssignmentDto>> Answered(Guid assignmentId, Guid expertId, CancellationToken ct) =>
        await MyQuery(expertId, assignmentId).FirstAsync(ct);

    private IQueryable<MyAssignmentDto> MyQuery(Guid expertId, Guid? assignmentId = null) =>
        db.ReviewAssignments.AsNoTracking().Where(a => a.ExpertId == expertId && (assignmentId == null || a.Id == assignmentId))
            .Join(db.Proposals, a => a.ProposalId, p => p.Id, (a, p) => new MyAssignmentDto(a.Id, a.ProposalId, p.Reference, p.Acronym, p.Title, a.CallId,
                a.Status, a.DueAt, p.Status, a.LockedAt != null));
}

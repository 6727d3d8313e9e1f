using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Reviews.Conflicts;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Assignments;

/// <summary>The signed-in expert's assignments as they see them: a dossier they declared a conflict with is hidden.</summary>
public sealed class AssignmentViews(IAppDbContext db, ICurrentUser user, ConflictedProposals conflicted)
{
    public async Task<Result<IReadOnlyList<MyAssignmentDto>>> ListMine(CancellationToken ct)
    {
        if (user.ExpertId is not { } expertId)
        {
            return Error.Forbidden("Only experts have assignments.");
        }

        var mine = await MyQuery(expertId).ToListAsync(ct);
        var hidden = await conflicted.Among(expertId, mine.Select(a => a.ProposalId).Distinct().ToList(), ct);
        return mine.Where(a => !hidden.Contains(a.ProposalId)).OrderBy(a => a.DueAt).ThenBy(a => a.Reference, StringComparer.Ordinal).ToList();
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

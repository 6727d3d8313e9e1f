using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Paging;
using FundingPortal.Application.Reviews.Conflicts;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Assignments;

/// <summary>The signed-in expert's assignments as they see them: a dossier they declared a conflict with is hidden.</summary>
public sealed class AssignmentViews(IAppDbContext db, ICurrentUser user, ConflictedProposals conflicted, SortedLists lists)
{
    public static readonly ListOrders<AssignedProposal> Orders = new ListOrders<AssignedProposal>("assignments", r => r.Assignment.Id, "-assigned")
        .By("assigned", r => r.Assignment.AssignedAt)
        .By("due", r => r.Assignment.DueAt)
        .By("reference", r => r.Proposal.Reference);

    /// <summary>
    /// A page of the expert's assignments, the latest first (or by due date, or reference), searched in the dossier's
    /// reference, acronym and title. Dossiers they declared a conflict with are left out before reading, so the count is exact.
    /// </summary>
    public async Task<Result<Page<MyAssignmentDto>>> ListMine(ListSearch search, PageRequest page, CancellationToken ct)
    {
        if (user.ExpertId is not { } expertId)
        {
            return Error.Forbidden("Only experts have assignments.");
        }

        var mine = db.ReviewAssignments.AsNoTracking().Where(a => a.ExpertId == expertId);
        var hidden = (await conflicted.Among(expertId, await mine.Select(a => a.ProposalId).Distinct().ToListAsync(ct), ct)).ToList();
        var rows = mine.Where(a => !hidden.Contains(a.ProposalId))
            .Join(db.Proposals, a => a.ProposalId, p => p.Id, (a, p) => new AssignedProposal { Assignment = a, Proposal = p });
        if (search.Pattern is { } pattern)
        {
            rows = rows.Where(r => EF.Functions.Like(r.Proposal.Reference.ToLower(), pattern, "\\") || EF.Functions.Like(r.Proposal.Acronym.ToLower(), pattern, "\\")
                || EF.Functions.Like(r.Proposal.Title.ToLower(), pattern, "\\"));
        }

        return await lists.Read(Orders, rows, search, r => new MyAssignmentDto(r.Assignment.Id, r.Assignment.ProposalId, r.Proposal.Reference,
            r.Proposal.Acronym, r.Proposal.Title, r.Assignment.CallId, r.Assignment.Status, r.Assignment.DueAt, r.Proposal.Status,
            r.Assignment.LockedAt != null), page, ct);
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

/// <summary>An assignment with its dossier, as the expert's list searches and sorts them (set by member, which EF Core can read through).</summary>
public sealed class AssignedProposal
{
    public required ReviewAssignment Assignment { get; init; }

    public required Proposal Proposal { get; init; }
}

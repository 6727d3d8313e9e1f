using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Reviews.Conflicts;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Reviews.Assignment;
using FundingPortal.Domain.Reviews.Conflicts;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Assignments;

/// <summary>A call's expert seen from one dossier: free to assign, or why not.</summary>
public sealed record ExpertCandidateDto(Guid ExpertId, string DisplayName, int Load, int ExpertiseOverlap, bool Assigned, string? ConflictReason, string? ConflictMessage);

public sealed class AssignmentQueries(IAppDbContext db, ICurrentUser user, ConflictProfiles conflicts, ConflictedProposals conflicted)
{
    public async Task<Result<IReadOnlyList<MyAssignmentDto>>> MyAssignments(CancellationToken ct)
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

    public async Task<Result<IReadOnlyList<AssignmentDto>>> OfProposal(Guid proposalId, CancellationToken ct)
    {
        if (!await db.Proposals.AnyAsync(p => p.Id == proposalId, ct))
        {
            return Error.NotFound("Proposal");
        }

        var rows = await db.ReviewAssignments.AsNoTracking().Where(a => a.ProposalId == proposalId)
            .Join(db.Experts, a => a.ExpertId, e => e.Id, (a, e) => new { Assignment = a, e.DisplayName })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Assignment.AssignedAt).ThenBy(r => r.Assignment.Id).Select(r => AssignmentDto.From(r.Assignment, r.DisplayName)).ToList();
    }

    /// <summary>Every expert of the dossier's call with their load, expertise overlap and conflict, for manual assignment.</summary>
    public async Task<Result<IReadOnlyList<ExpertCandidateDto>>> Candidates(Guid proposalId, CancellationToken ct)
    {
        var proposal = await db.Proposals.AsNoTracking().Include(p => p.Partners).FirstOrDefaultAsync(p => p.Id == proposalId, ct);
        if (proposal is null)
        {
            return Error.NotFound("Proposal");
        }

        var experts = await db.Experts.AsNoTracking().Include(e => e.DeclaredConflicts).Where(e => e.CallIds.Contains(proposal.CallId)).ToListAsync(ct);
        var loads = await db.ReviewAssignments.Where(a => a.CallId == proposal.CallId && a.Status != Domain.Reviews.AssignmentStatus.Declined)
            .GroupBy(a => a.ExpertId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var onProposal = await db.ReviewAssignments.Where(a => a.ProposalId == proposalId).Select(a => a.ExpertId).ToListAsync(ct);
        var proposalProfile = (await conflicts.ForProposals([proposal], ct))[0];
        var expertProfiles = (await conflicts.ForExperts(experts, ct)).ToDictionary(p => p.ExpertId);
        return experts.Select(e =>
            {
                var conflict = ConflictOfInterestDetector.Detect(expertProfiles[e.Id], proposalProfile, conflicts.Today);
                return new ExpertCandidateDto(e.Id, e.DisplayName, loads.GetValueOrDefault(e.Id), ExpertiseMatch.Overlap(proposal.Keywords, e.Expertise),
                    onProposal.Contains(e.Id), conflict?.Code, conflict?.Message);
            })
            .OrderBy(c => c.ConflictReason is not null).ThenBy(c => c.Load).ThenByDescending(c => c.ExpertiseOverlap).ThenBy(c => c.DisplayName)
            .ToList();
    }

    private IQueryable<MyAssignmentDto> MyQuery(Guid expertId, Guid? assignmentId = null) =>
        db.ReviewAssignments.AsNoTracking().Where(a => a.ExpertId == expertId && (assignmentId == null || a.Id == assignmentId))
            .Join(db.Proposals, a => a.ProposalId, p => p.Id, (a, p) => new MyAssignmentDto(a.Id, a.ProposalId, p.Reference, p.Acronym, p.Title, a.CallId,
                a.Status, a.DueAt, p.Status, a.LockedAt != null));
}
